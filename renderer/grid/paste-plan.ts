/**
 * Planning a paste (or a fill, or a clear) of a block of text cells into a grid, before anything is
 * saved: which cell of which row receives which parsed value, and which cells are refused and why.
 *
 * The block lands with its top-left cell on the anchor (the focused cell or the selection's corner)
 * and extends right over the DISPLAYED columns and down over the rows in the grid's current order.
 * Every cell is parsed as if the clerk had typed it (the column's own parser). A cell is refused
 * when it falls on a read-only column, beyond the last column or row, or fails its parser; refused
 * cells are reported and never written, the others are written together (one undo step).
 */
export type CellParse = { ok: true; value: unknown } | { ok: false; message: string };

export interface PlanColumn {
  key: string;
  label: string;
  /** Absent for a read-only column (计算列, 户主姓名 …). */
  parse?: (raw: string) => CellParse;
}

export interface PlannedWrite {
  rowIndex: number;
  key: string;
  value: unknown;
}

export interface PasteProblem {
  /** Grid row index (0-based); the dialog shows it 1-based as the clerk sees it. */
  rowIndex: number;
  column: string;
  value: string;
  reason: string;
}

export interface PastePlan {
  writes: PlannedWrite[];
  problems: PasteProblem[];
  /** Rows the block covers inside the grid: [firstRow, firstRow + rowCount). */
  firstRow: number;
  rowCount: number;
}

export interface PasteTarget {
  anchorRow: number;
  /** Index of the anchor in `columns` (the displayed columns, left to right). */
  anchorColumn: number;
  columns: readonly PlanColumn[];
  /** Rows in the grid (the list's total, not only the loaded ones). */
  totalRows: number;
}

const READ_ONLY = '该列不能直接修改（由系统计算或由导入维护）';
const PAST_LAST_COLUMN = '超出表格最右一列';
const PAST_LAST_ROW = '超出表格最后一行';

/**
 * One clipboard cell becomes a whole selection when the selection is larger, as in Excel.
 * Any other block is pasted as it is.
 */
export function fitBlock(cells: string[][], selection: { rows: number; columns: number } | null): string[][] {
  if (selection === null || cells.length !== 1 || cells[0]?.length !== 1) return cells;
  const value = cells[0][0] as string;
  return Array.from({ length: selection.rows }, () => Array.from({ length: selection.columns }, () => value));
}

export function planPaste(cells: readonly (readonly string[])[], target: PasteTarget): PastePlan {
  const writes: PlannedWrite[] = [];
  const problems: PasteProblem[] = [];
  let lastRow = target.anchorRow - 1;
  cells.forEach((rowCells, r) => {
    const rowIndex = target.anchorRow + r;
    rowCells.forEach((raw, c) => {
      const column = target.columns[target.anchorColumn + c];
      if (column === undefined) {
        problems.push({ rowIndex, column: `第 ${target.anchorColumn + c + 1} 列`, value: raw, reason: PAST_LAST_COLUMN });
        return;
      }
      if (rowIndex >= target.totalRows) {
        problems.push({ rowIndex, column: column.label, value: raw, reason: PAST_LAST_ROW });
        return;
      }
      lastRow = Math.max(lastRow, rowIndex);
      if (column.parse === undefined) {
        problems.push({ rowIndex, column: column.label, value: raw, reason: READ_ONLY });
        return;
      }
      const parsed = column.parse(raw);
      if (parsed.ok) writes.push({ rowIndex, key: column.key, value: parsed.value });
      else problems.push({ rowIndex, column: column.label, value: raw, reason: parsed.message });
    });
  });
  return { writes, problems, firstRow: target.anchorRow, rowCount: Math.max(0, lastRow - target.anchorRow + 1) };
}

/** The writes grouped per record, in row order: what the batch method receives. */
export function patchesByRecord<V>(writes: readonly PlannedWrite[], idAt: (rowIndex: number) => number | undefined): { id: number; patch: Record<string, V> }[] {
  const byId = new Map<number, Record<string, V>>();
  for (const write of writes) {
    const id = idAt(write.rowIndex);
    if (id === undefined) continue;
    const patch = byId.get(id) ?? {};
    patch[write.key] = write.value as V;
    byId.set(id, patch);
  }
  return [...byId.entries()].map(([id, patch]) => ({ id, patch }));
}
