/** 操作 cell of the import history: 撤销 for a committed batch, when it was undone otherwise. */
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { ImportBatch } from '../../../shared/api/imports-contract';
import { formatTime } from '../history/history-format';

export interface UndoBatchCellParams {
  onUndo(batch: ImportBatch): void;
}

export function UndoBatchCell({ data, onUndo }: CustomCellRendererProps<ImportBatch> & UndoBatchCellParams) {
  if (data === undefined) return null;
  if (data.status === 'undone') return <span className="cell-muted">{data.undoneAt === null ? '已撤销' : `撤销于 ${formatTime(data.undoneAt)}`}</span>;
  return (
    <button type="button" className="btn btn-small" aria-label={`撤销第 ${data.id} 批`} onClick={() => onUndo(data)}>
      撤销
    </button>
  );
}
