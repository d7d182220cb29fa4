/**
 * Columns of the 就业台账 grid: who (村, 户编号, 姓名 pinned, masked 证件号码 and 联系电话, 性别, 年龄)
 * read-only, then the month's employment fields editable in place, then the labourer's 返乡回流
 * status. Rows are labourers; the grid's row id is the member id, so a saved row replaces its node.
 *
 * Edit flow (as in grid/column-defs.ts): the valueSetter parses the typed text with the column's
 * `EmploymentCellSpec`; a refusal outlines the cell and goes to `onRefused`; a valid changed value
 * is written into the row and handed to `onAccepted`, which saves it and applies the server's row.
 */
import type { ColDef, IRowNode, ValueSetterParams } from 'ag-grid-community';
import type { EmploymentRow } from '../../../shared/api/employment-contract';
import type { FieldSpec } from '../../../shared/domain/records';
import { RefusedCellMark } from '../../grid/refused-cell';
import { RevealedRows } from '../../grid/revealed-rows';
import { SensitiveCell, type SensitiveCellParams } from '../../grid/SensitiveCell';
import type { SensitiveColumnContext } from '../../grid/column-defs';
import { EMPLOYMENT_CELLS, type CellValue, type EmploymentCellSpec } from './employment-cell';

/** A labourer's row in the grid: the API row with the member id as the grid's row id. */
export type EmploymentGridRow = EmploymentRow & { id: number };

export interface EmploymentEdit {
  node: IRowNode<EmploymentGridRow>;
  spec: EmploymentCellSpec;
  value: CellValue;
  oldValue: CellValue;
}

export interface EmploymentEditHandlers {
  onRefused(row: EmploymentGridRow, spec: EmploymentCellSpec, message: string): void;
  onAccepted(edit: EmploymentEdit): void;
}

const TEXT_FILTER = { filter: 'agTextColumnFilter', filterParams: { maxNumConditions: 2, trimInput: true } } as const;
const NUMBER_FILTER = { filter: 'agNumberColumnFilter', filterParams: { maxNumConditions: 2 } } as const;

type ReadonlyKey = 'village' | 'householdNo' | 'name' | 'sex' | 'age' | 'returneeStatus';

function readonlyColumn(key: ReadonlyKey, label: string, width: number, pinned = false): ColDef<EmploymentGridRow> {
  return {
    colId: key,
    field: key,
    headerName: label,
    width,
    pinned: pinned ? 'left' : null,
    cellClass: ['cell-readonly', key === 'age' ? 'cell-number' : 'cell-kind-text'],
    ...(key === 'age' ? NUMBER_FILTER : TEXT_FILTER),
  };
}

function maskedColumn(key: 'idNo' | 'phone', label: string, width: number, revealed: RevealedRows): ColDef<EmploymentGridRow> {
  const kind: FieldSpec['kind'] = key;
  const params: SensitiveCellParams = { kind, revealed };
  const context: SensitiveColumnContext = { revealed };
  return {
    colId: key,
    field: key,
    headerName: label,
    width,
    cellClass: ['cell-readonly', `cell-kind-${kind}`],
    cellRenderer: SensitiveCell,
    cellRendererParams: params,
    context,
    ...TEXT_FILTER,
  };
}

function editableColumn(spec: EmploymentCellSpec, handlers: EmploymentEditHandlers, refused: RefusedCellMark): ColDef<EmploymentGridRow> {
  const valueSetter = (params: ValueSetterParams<EmploymentGridRow>): boolean => {
    const row = params.data;
    const node = params.node as IRowNode<EmploymentGridRow>;
    const parsed = spec.parse(params.newValue);
    if (!parsed.ok) {
      refused.mark(params.api, node, spec.key);
      handlers.onRefused(row, spec, parsed.message);
      return false;
    }
    refused.clear(params.api);
    const oldValue = row[spec.key];
    if (parsed.value === oldValue) return false;
    (row as Record<string, unknown>)[spec.key] = parsed.value;
    handlers.onAccepted({ node, spec, value: parsed.value, oldValue });
    return true;
  };
  const numeric = spec.money === true || spec.key === 'monthsWorked';
  return {
    colId: spec.key,
    headerName: spec.label,
    width: spec.width,
    valueGetter: (params) => spec.text(params.data?.[spec.key] ?? null),
    valueSetter,
    editable: true,
    ...(spec.choices === undefined
      ? { cellEditor: 'agTextCellEditor', cellEditorParams: { maxLength: spec.maxLength ?? 20 } }
      : { cellEditor: 'agSelectCellEditor', cellEditorParams: { values: ['', ...spec.choices] } }),
    cellClass: ['cell-editable', numeric ? 'cell-number' : 'cell-kind-text'],
    cellClassRules: { 'cell-refused': (params) => params.node !== null && refused.isMarked(params.node, spec.key) },
    ...(numeric ? { headerClass: 'ag-right-aligned-header', ...NUMBER_FILTER } : TEXT_FILTER),
  };
}

export function buildEmploymentColumns(handlers: EmploymentEditHandlers): ColDef<EmploymentGridRow>[] {
  const refused = new RefusedCellMark();
  const revealed = new RevealedRows();
  return [
    readonlyColumn('village', '村', 84),
    readonlyColumn('householdNo', '户编号', 164),
    readonlyColumn('name', '姓名', 80, true),
    maskedColumn('idNo', '证件号码', 190, revealed),
    readonlyColumn('sex', '性别', 60),
    readonlyColumn('age', '年龄', 60),
    maskedColumn('phone', '联系电话', 140, revealed),
    ...EMPLOYMENT_CELLS.map((spec) => editableColumn(spec, handlers, refused)),
    readonlyColumn('returneeStatus', '返乡回流', 90),
  ];
}
