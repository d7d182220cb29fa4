/** One change of the preview: where, who, and each field old → new. */
import type { ImportChange } from '../../../shared/api/imports-contract';
import { CHANGE_KIND_LABEL, CHANGE_KIND_TONE, changeLines, changeNote } from './change-format';

export function ChangeRow({ change }: { change: ImportChange }) {
  const lines = changeLines(change);
  const note = changeNote(change);
  return (
    <tr>
      <td className="num">{change.row ?? '—'}</td>
      <td>
        <span className={`change-kind change-${CHANGE_KIND_TONE[change.kind]}`}>{CHANGE_KIND_LABEL[change.kind]}</span>
      </td>
      <td>{change.village ?? ''}</td>
      <td className="mono">{change.householdNo}</td>
      <td>{change.name ?? ''}</td>
      <td className="mono">{change.idNo ?? ''}</td>
      <td className="change-fields">
        {note !== null && <span className="change-note">{note}</span>}
        {change.kind === 'new-household' ? (
          <span className="change-values">{lines.map((line) => `${line.label}：${line.new}`).join('；')}</span>
        ) : (
          lines.map((line) => (
            <span key={line.label} className="change-line">
              <span className="history-field">{line.label}</span>
              <span className="history-old">{line.old}</span>
              <span className="history-arrow" aria-label="改为">
                →
              </span>
              <span className="history-new">{line.new}</span>
            </span>
          ))
        )}
      </td>
    </tr>
  );
}
