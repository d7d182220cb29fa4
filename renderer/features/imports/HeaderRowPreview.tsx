/** The first rows of a sheet as read, with row numbers to pick the header row by. */
import { columnLetter } from '../../../shared/templates/header-text';

export function HeaderRowPreview({ rows, headerRow, onPick }: { rows: string[][]; headerRow: number; onPick(row: number): void }) {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return (
    <div className="sheet-preview-wrap">
      <table className="sheet-preview" aria-label="表格开头">
        <thead>
          <tr>
            <th className="sheet-corner" />
            {Array.from({ length: width }, (_, i) => (
              <th key={i}>{columnLetter(i)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className={r + 1 === headerRow ? 'is-header' : r + 1 < headerRow ? 'is-above' : undefined}>
              <th>
                <button type="button" className="row-pick" aria-label={`第 ${r + 1} 行设为表头`} aria-pressed={r + 1 === headerRow} onClick={() => onPick(r + 1)}>
                  {r + 1}
                </button>
              </th>
              {Array.from({ length: width }, (_, c) => (
                <td key={c} title={row[c] ?? ''}>
                  {row[c] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
