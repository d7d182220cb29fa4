/** Row problems of a staged import (errors block, warnings inform): sheet row, column, message. */
import type { RowIssueShape } from '../../../shared/api/imports-contract';

export interface IssueTableProps {
  tone: 'error' | 'warning';
  title: string;
  summary: string;
  issues: RowIssueShape[];
  /** All issues; the preview carries only the first few hundred. */
  total: number;
}

export function IssueTable({ tone, title, summary, issues, total }: IssueTableProps) {
  const severalSheets = new Set(issues.map((i) => i.sheet)).size > 1;
  return (
    <section className={`import-section issue-section issue-${tone}`} aria-label={`${title}列表`}>
      <h3 className="section-title">
        <span className="section-mark" aria-hidden="true" />
        {title}
        <span className="section-summary">{summary}</span>
      </h3>
      <div className="issue-table-wrap">
        <table className="data-table issue-table">
          <thead>
            <tr>
              {severalSheets && <th>工作表</th>}
              <th className="num">行</th>
              <th>列</th>
              <th>问题</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, i) => (
              <tr key={`${issue.sheet}:${issue.row}:${issue.column}:${i}`}>
                {severalSheets && <td>{issue.sheet}</td>}
                <td className="num">第 {issue.row} 行</td>
                <td className="issue-column">{issue.column}</td>
                <td className="issue-message">{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > issues.length && <p className="section-note">只列出前 {issues.length} 处；完整清单请下载错误回执。</p>}
    </section>
  );
}
