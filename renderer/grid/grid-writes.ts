/**
 * Writing a block of text cells into a grid: a paste from Excel/WPS, 向下填充 (Ctrl+D), clearing a
 * selection (Delete). The flow: plan the block against the displayed columns (every cell parsed as
 * if typed; read-only columns and cells beyond the table refused) -> find the records it lands on
 * (rows not loaded yet by the infinite model are fetched with the view's own query) -> ONE batch
 * call, which the server writes as ONE change set, so one 撤销 takes the whole paste back -> the
 * changed rows replace their grid rows. Refused cells come back as problems for one summary.
 */
import type { GridApi } from 'ag-grid-community';
import type { FieldValue } from '../../shared/domain/records';
import { columnLabel } from './column-text';
import type { LedgerRecord } from './column-defs';
import type { ListDatasource } from './list-datasource';
import { patchesByRecord, planPaste, type CellParse, type PasteProblem, type PlanColumn } from './paste-plan';

export interface BatchResult<T> {
  rows: T[];
  problems: { id: number; fields: string[]; message: string }[];
  changedCells: number;
}

/** What a grid needs to accept pasted cells; a grid without one refuses pastes with a message. */
export interface GridWriter<T> {
  /** The column's parser of typed or pasted text; undefined for a column that cannot be written. */
  parse(colId: string, raw: string): CellParse | undefined;
  patchMany(patches: { id: number; patch: Record<string, FieldValue> }[], label: string): Promise<BatchResult<T>>;
  /** How the summary names a row: 张三（户编号 …）. */
  describe(row: T): string;
}

export interface WriteProblem extends PasteProblem {
  record: string;
}

export interface BlockOutcome {
  changedCells: number;
  problems: WriteProblem[];
}

export interface BlockTarget<T> {
  api: GridApi<T>;
  writer: GridWriter<T>;
  datasource: ListDatasource<T>;
  anchorRow: number;
  anchorColumn: number;
  /** Chinese label of the undo step: 粘贴 48 个单元格（家庭成员）. */
  label(cells: number): string;
}

function planColumns<T>(api: GridApi<T>, writer: GridWriter<T>): PlanColumn[] {
  return api.getAllDisplayedColumns().map((column) => {
    const colId = column.getColId();
    const editable = column.getColDef().editable === true && writer.parse(colId, '') !== undefined;
    return { key: colId, label: columnLabel(column), parse: editable ? (raw: string) => writer.parse(colId, raw) as CellParse : undefined };
  });
}

/** The rows the block covers, loaded or fetched by the view's query. */
async function rowsAt<T>(api: GridApi<T>, datasource: ListDatasource<T>, first: number, count: number): Promise<(T | undefined)[]> {
  const loaded = Array.from({ length: count }, (_, i) => api.getDisplayedRowAtIndex(first + i)?.data);
  if (loaded.every((row) => row !== undefined)) return loaded;
  const fetched = await datasource.fetchRows(first, count);
  return loaded.map((row, i) => row ?? fetched[i]);
}

export async function writeBlock<T extends LedgerRecord>(cells: string[][], target: BlockTarget<T>): Promise<BlockOutcome> {
  const { api, writer, datasource } = target;
  const columns = planColumns(api, writer);
  const plan = planPaste(cells, { anchorRow: target.anchorRow, anchorColumn: target.anchorColumn, columns, totalRows: api.getDisplayedRowCount() });
  const rows = await rowsAt(api, datasource, plan.firstRow, plan.rowCount);
  const rowAt = (rowIndex: number) => rows[rowIndex - plan.firstRow];
  const describe = (rowIndex: number) => {
    const row = rowAt(rowIndex);
    return row === undefined ? '' : writer.describe(row);
  };
  const problems: WriteProblem[] = plan.problems.map((p) => ({ ...p, record: describe(p.rowIndex) }));
  const writes = plan.writes.filter((w) => {
    if (rowAt(w.rowIndex) !== undefined) return true;
    problems.push({ rowIndex: w.rowIndex, column: columns.find((c) => c.key === w.key)?.label ?? w.key, value: '', reason: '读取这一行失败，请刷新后重试', record: '' });
    return false;
  });
  const patches = patchesByRecord<FieldValue>(writes, (rowIndex) => rowAt(rowIndex)?.id);
  if (patches.length === 0) return { changedCells: 0, problems };

  const result = await writer.patchMany(patches, target.label(writes.length));
  for (const row of result.rows) api.getRowNode(String(row.id))?.setData(row);
  const rowIndexOf = new Map<number, number>();
  rows.forEach((row, i) => row !== undefined && rowIndexOf.set(row.id, plan.firstRow + i));
  for (const refused of result.problems) {
    const rowIndex = rowIndexOf.get(refused.id) ?? -1;
    const labels = refused.fields.map((key) => columns.find((c) => c.key === key)?.label ?? key).join('、');
    problems.push({ rowIndex, column: labels, value: '', reason: `整行未写入：${refused.message}`, record: describe(rowIndex) });
  }
  problems.sort((a, b) => a.rowIndex - b.rowIndex);
  return { changedCells: result.changedCells, problems };
}
