/**
 * 收入预警线 of one year: month ranges within the year, each with its line in 元 and the basis the
 * warnings quote. Rows are added and removed here; a row's line can be computed from the 低保
 * standard. Overlapping ranges are refused by the server on save.
 */
import { Fragment, useState } from 'react';
import { DibaoHelper } from './DibaoHelper';
import { MonthOfYearSelect } from './MonthOfYearSelect';
import { emptyWarningLine, type WarningLineForm } from './policy-form';

export interface WarningLineTableProps {
  year: string;
  lines: WarningLineForm[];
  errors: Record<string, string>;
  onChange(lines: WarningLineForm[]): void;
}

export function WarningLineTable({ year, lines, errors, onChange }: WarningLineTableProps) {
  const [helperRow, setHelperRow] = useState<number | null>(null);
  const update = (rowId: number, patch: Partial<WarningLineForm>) => onChange(lines.map((l) => (l.rowId === rowId ? { ...l, ...patch } : l)));

  return (
    <div className="warning-lines">
      <table className="mini-table warning-line-table" aria-label="收入预警线">
        <thead>
          <tr>
            <th>起止月份（{year} 年）</th>
            <th className="num">预警线（元/人/年）</th>
            <th>依据</th>
            <th aria-label="操作" />
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => {
            const rowErrors = [errors[`line.${i}.months`], errors[`line.${i}.line`], errors[`line.${i}.basis`]].filter(Boolean);
            return (
              <Fragment key={line.rowId}>
                <tr className={rowErrors.length > 0 ? 'has-error' : undefined}>
                  <td>
                    <span className="month-range">
                      <MonthOfYearSelect label={`第 ${i + 1} 段起始月份`} value={line.fromMonth} onChange={(fromMonth) => update(line.rowId, { fromMonth })} />
                      <span>至</span>
                      <MonthOfYearSelect label={`第 ${i + 1} 段结束月份`} value={line.toMonth} onChange={(toMonth) => update(line.rowId, { toMonth })} />
                    </span>
                  </td>
                  <td className="num">
                    <input
                      type="text"
                      inputMode="decimal"
                      className="line-amount"
                      aria-label={`第 ${i + 1} 段预警线（元）`}
                      value={line.line}
                      onChange={(event) => update(line.rowId, { line: event.target.value })}
                    />
                  </td>
                  <td>
                    <input type="text" className="line-basis" aria-label={`第 ${i + 1} 段依据`} value={line.basis} placeholder="如：1.5 × 低保标准 7200 元" onChange={(event) => update(line.rowId, { basis: event.target.value })} />
                  </td>
                  <td>
                    <span className="line-actions">
                      <button type="button" className="link-button" onClick={() => setHelperRow(helperRow === line.rowId ? null : line.rowId)}>
                        按低保标准
                      </button>
                      <button type="button" className="link-button is-danger" aria-label={`删除第 ${i + 1} 段预警线`} onClick={() => onChange(lines.filter((l) => l.rowId !== line.rowId))}>
                        删除
                      </button>
                    </span>
                  </td>
                </tr>
                {helperRow === line.rowId && (
                  <tr className="helper-row">
                    <td colSpan={4}>
                      <DibaoHelper
                        onClose={() => setHelperRow(null)}
                        onApply={(amount, basis) => {
                          update(line.rowId, { line: amount, basis });
                          setHelperRow(null);
                        }}
                      />
                    </td>
                  </tr>
                )}
                {rowErrors.length > 0 && (
                  <tr className="error-row">
                    <td colSpan={4} className="field-error">
                      {rowErrors.join('；')}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
          {lines.length === 0 && (
            <tr>
              <td colSpan={4} className="table-empty">
                未设预警线：这一年不做“收入低于预警线”的预警。
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <button type="button" className="btn btn-small" onClick={() => onChange([...lines, emptyWarningLine()])}>
        新增一段预警线
      </button>
      {errors.warningLines && <div className="field-error">{errors.warningLines}</div>}
    </div>
  );
}
