/**
 * A 证件号码 / 电话 cell: masked (440229********123X, 138****5678) with an eye button that shows the
 * whole row's numbers for 30 seconds, or in full when the clerk's setting says so. The cell's value
 * stays the real number: the editor, copy and search use it.
 */
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { FieldSpec } from '../../shared/domain/records';
import { getSettings } from '../features/settings/settings-store';
import { maskFieldText } from './mask-numbers';
import type { RevealedRows } from './revealed-rows';

export interface SensitiveCellParams {
  kind: FieldSpec['kind'];
  revealed: RevealedRows;
}

function EyeIcon({ open }: { open: boolean }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true">
      <path d="M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8 12.1 12.5 8 12.5 1.5 8 1.5 8z" fill="none" stroke="currentColor" strokeWidth="1.3" />
      <circle cx="8" cy="8" r="2" fill="none" stroke="currentColor" strokeWidth="1.3" />
      {!open && <path d="M2.5 13.5 13.5 2.5" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" />}
    </svg>
  );
}

export function SensitiveCell(props: CustomCellRendererProps & SensitiveCellParams) {
  const text = typeof props.value === 'string' ? props.value : '';
  if (text === '' || getSettings().showFullNumbers) return <span className="cell-text">{text}</span>;
  const revealed = props.revealed.isRevealed(props.node);
  return (
    <span className="sensitive-cell">
      <span className="cell-text">{revealed ? text : maskFieldText(props.kind, text)}</span>
      <button
        type="button"
        className="reveal-button"
        aria-label={revealed ? '隐藏完整号码' : '显示完整号码'}
        title={revealed ? '隐藏这一行的完整号码' : '显示这一行的完整证件号码和电话（30 秒）'}
        tabIndex={-1}
        onClick={(event) => {
          event.stopPropagation();
          if (revealed) props.revealed.hide(props.api, props.node);
          else props.revealed.reveal(props.api, props.node);
        }}
        onDoubleClick={(event) => event.stopPropagation()}
      >
        <EyeIcon open={!revealed} />
      </button>
    </span>
  );
}
