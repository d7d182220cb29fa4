/**
 * Grid columns generated from the shared field specs (shared/domain/records.ts): the header is the
 * spec's Chinese label, code-list fields edit through a select of the list's values, sets edit as
 * text ("因病、因残"), int fields filter by number and the rest by text. Sort and filter keys are
 * the field keys, which the server whitelists.
 *
 * Edit flow: the column's valueSetter runs `parseFieldValue` — the same parser the server runs —
 * so a bad value is refused in the cell before any call. A valid, changed value is written into the
 * row at once and handed to `onAccepted`, which saves it and later applies the server's row (or puts
 * the old value back). A refused value leaves the row untouched and goes to `onRefused`.
 *
 * 证件号码 and 电话 columns render masked (SensitiveCell) until the row is revealed; their value —
 * what the editor starts from — is always the real number. The column's `context.revealed` lets
 * the grid reveal the row when an edit of such a cell starts.
 */
import type { ColDef, IRowNode, ValueGetterParams, ValueSetterParams } from 'ag-grid-community';
import { CODE_LISTS } from '../../shared/domain/code-lists';
import { formatFieldValue, parseFieldValue } from '../../shared/domain/field-values';
import type { FieldSpec, FieldValue } from '../../shared/domain/records';
import { columnWidth } from './column-width';
import { isMaskedKind } from './mask-numbers';
import { RefusedCellMark } from './refused-cell';
import { RevealedRows } from './revealed-rows';
import { SensitiveCell, type SensitiveCellParams } from './SensitiveCell';

export interface LedgerRecord {
  id: number;
}

export interface CellEditHandlers<T extends LedgerRecord> {
  /** The typed value failed validation; nothing changed. */
  onRefused(row: T, spec: FieldSpec, message: string): void;
  /** The row already shows the new value; save it, then confirm or restore. */
  onAccepted(edit: AcceptedEdit<T>): void;
}

export interface AcceptedEdit<T extends LedgerRecord> {
  node: IRowNode<T>;
  spec: FieldSpec;
  value: FieldValue;
  oldValue: FieldValue;
}

export interface ColumnOptions {
  /** Field keys not shown (e.g. 县/镇 in a one-town ledger, where the top bar names them). */
  hidden?: readonly string[];
  /** Field keys pinned to the left so the row stays identifiable while scrolling. */
  pinned?: readonly string[];
}

function fieldOf<T extends LedgerRecord>(row: T | undefined, key: string): FieldValue {
  if (row === undefined) return null;
  return ((row as unknown as Record<string, FieldValue | undefined>)[key] ?? null) as FieldValue;
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  return formatFieldValue(a) === formatFieldValue(b);
}

function editorFor(spec: FieldSpec): Pick<ColDef, 'cellEditor' | 'cellEditorParams'> {
  if (spec.kind === 'enum' && spec.codeList !== undefined) {
    const values: string[] = [...CODE_LISTS[spec.codeList]];
    return { cellEditor: 'agSelectCellEditor', cellEditorParams: { values: spec.required ? values : ['', ...values] } };
  }
  return { cellEditor: 'agTextCellEditor', cellEditorParams: { maxLength: spec.kind === 'idNo' ? 40 : 200 } };
}

function filterFor(spec: FieldSpec): Pick<ColDef, 'filter' | 'filterParams'> {
  if (spec.kind === 'int') return { filter: 'agNumberColumnFilter', filterParams: { maxNumConditions: 2 } };
  return { filter: 'agTextColumnFilter', filterParams: { maxNumConditions: 2, trimInput: true } };
}

/** Set on masked columns; the grid reveals a row when one of their cells starts editing. */
export interface SensitiveColumnContext {
  revealed: RevealedRows;
}

function maskingFor(spec: FieldSpec, revealed: RevealedRows): Pick<ColDef, 'cellRenderer' | 'cellRendererParams' | 'context'> {
  if (!isMaskedKind(spec.kind)) return {};
  const params: SensitiveCellParams = { kind: spec.kind, revealed };
  const context: SensitiveColumnContext = { revealed };
  return { cellRenderer: SensitiveCell, cellRendererParams: params, context };
}

function columnFor<T extends LedgerRecord>(
  spec: FieldSpec,
  handlers: CellEditHandlers<T>,
  options: ColumnOptions,
  refused: RefusedCellMark,
  revealed: RevealedRows,
): ColDef<T> {
  const valueSetter = (params: ValueSetterParams<T>): boolean => {
    const row = params.data;
    const node = params.node as IRowNode<T>;
    const parsed = parseFieldValue(spec, params.newValue);
    if (!parsed.ok) {
      refused.mark(params.api, node, spec.key);
      handlers.onRefused(row, spec, parsed.message);
      return false;
    }
    refused.clear(params.api);
    const oldValue = fieldOf(row, spec.key);
    if (sameValue(parsed.value, oldValue)) return false;
    (row as unknown as Record<string, FieldValue>)[spec.key] = parsed.value;
    handlers.onAccepted({ node, spec, value: parsed.value, oldValue });
    return true;
  };
  return {
    colId: spec.key,
    headerName: spec.label,
    // Sets arrive as arrays; the grid shows and edits them as the text clerks type: 因病、因残.
    valueGetter: (params: ValueGetterParams<T>) => (spec.kind === 'int' ? fieldOf(params.data, spec.key) : formatFieldValue(fieldOf(params.data, spec.key))),
    width: columnWidth(spec),
    hide: options.hidden?.includes(spec.key) ?? false,
    pinned: options.pinned?.includes(spec.key) ? 'left' : null,
    editable: spec.editable,
    valueSetter: spec.editable ? valueSetter : undefined,
    cellClass: [spec.editable ? 'cell-editable' : 'cell-readonly', `cell-kind-${spec.kind}`],
    cellClassRules: { 'cell-refused': (params) => params.node !== null && refused.isMarked(params.node, spec.key) },
    ...(spec.editable ? editorFor(spec) : {}),
    ...filterFor(spec),
    ...maskingFor(spec, revealed),
  };
}

export function buildColumnDefs<T extends LedgerRecord>(
  fields: readonly FieldSpec[],
  handlers: CellEditHandlers<T>,
  options: ColumnOptions = {},
): ColDef<T>[] {
  const refused = new RefusedCellMark();
  const revealed = new RevealedRows();
  return fields.map((spec) => columnFor(spec, handlers, options, refused, revealed));
}
