/**
 * The text of a grid cell as the clerk sees it, for copying, printing and planning a fill: the
 * column's value getter (sets as 因病、因残, money as 元), and 证件号码/电话 masked unless the
 * screen shows full numbers — a copy or a printout never shows more than the screen does.
 */
import type { Column, ColDef, GridApi } from 'ag-grid-community';
import { formatFieldValue } from '../../shared/domain/field-values';
import type { FieldValue } from '../../shared/domain/records';
import { maskFieldText } from './mask-numbers';
import type { SensitiveCellParams } from './SensitiveCell';

function rawValue<T>(api: GridApi<T>, column: Column, row: T): unknown {
  const colDef = column.getColDef() as ColDef<T>;
  if (typeof colDef.valueGetter === 'function') {
    return colDef.valueGetter({ api, data: row, node: null, colDef, column, context: undefined, getValue: () => undefined } as never);
  }
  const field = colDef.field as string | undefined;
  return field === undefined ? undefined : (row as Record<string, unknown>)[field];
}

export function cellText<T>(api: GridApi<T>, column: Column, row: T | undefined, showFullNumbers: boolean): string {
  if (row === undefined) return '';
  const value = rawValue(api, column, row);
  const text = formatFieldValue((value ?? null) as FieldValue);
  const params = column.getColDef().cellRendererParams as Partial<SensitiveCellParams> | undefined;
  return !showFullNumbers && params?.kind !== undefined ? maskFieldText(params.kind, text) : text;
}

/** The column's Chinese header. */
export function columnLabel(column: Column): string {
  return column.getColDef().headerName ?? column.getColId();
}
