/**
 * The one summary after a paste, fill or clear that refused cells: which row, which column, what
 * value and why — the refused cells were not written, the others were (one undo step).
 */
import { Dialog } from '../components/Dialog';
import type { PasteSummary } from './useSpreadsheetGrid';

const SHOWN = 200;

export function PasteSummaryDialog({ summary, onClose }: { summary: PasteSummary; onClose(): void }) {
  const { action, changedCells, problems } = summary;
  return (
    <Dialog
      title={`${action}：${problems.length} 个单元格未写入`}
      size="wide"
      onSubmit={onClose}
      onClose={onClose}
      actions={
        <button type="submit" className="btn btn-primary">
          知道了
        </button>
      }
    >
      <p className="paste-summary-lead">
        {changedCells > 0 ? `其余 ${changedCells} 个单元格已写入，可一步撤销（Ctrl+Z）。` : '没有写入任何单元格。'}
        下列单元格未写入，请改正后重新{action}：
      </p>
      <div className="paste-summary-table">
        <table>
          <thead>
            <tr>
              <th>行</th>
              <th>记录</th>
              <th>列</th>
              <th>值</th>
              <th>原因</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, SHOWN).map((p, i) => (
              <tr key={i}>
                <td>{p.rowIndex >= 0 ? `第 ${p.rowIndex + 1} 行` : ''}</td>
                <td>{p.record}</td>
                <td>{p.column}</td>
                <td className="paste-summary-value">{p.value}</td>
                <td>{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > SHOWN && <p className="paste-summary-more">另有 {problems.length - SHOWN} 个单元格未写入，未逐一列出。</p>}
    </Dialog>
  );
}
