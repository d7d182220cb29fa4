/** 状态 cell of the import history: 有效 or 已撤销. */
import type { ImportBatch } from '../../../shared/api/imports-contract';
import type { CustomCellRendererProps } from 'ag-grid-react';
import { StatusChip } from './StatusChip';

export function BatchStatusCell({ data }: CustomCellRendererProps<ImportBatch>) {
  if (data === undefined) return null;
  return data.status === 'committed' ? <StatusChip tone="ok">有效</StatusChip> : <StatusChip tone="muted">已撤销</StatusChip>;
}
