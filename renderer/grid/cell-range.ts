/**
 * The rectangle of selected cells, as in a spreadsheet: an anchor (where the selection started)
 * and an end (where the mouse or Shift+arrows took it). Rows are grid row indexes (the view's
 * order); columns are column ids placed by their DISPLAYED order, which the grid hands over
 * whenever it changes (columns moved, hidden or pinned).
 */
export interface CellPos {
  rowIndex: number;
  colId: string;
}

export interface RangeBounds {
  top: number;
  bottom: number;
  /** Indexes into the displayed columns. */
  left: number;
  right: number;
}

export class CellRange {
  private anchor: CellPos | null = null;
  private end: CellPos | null = null;
  private order = new Map<string, number>();

  setColumns(colIds: readonly string[]): void {
    this.order = new Map(colIds.map((id, i) => [id, i]));
  }

  /** A click or a plain move: the selection is that one cell. */
  start(pos: CellPos): void {
    this.anchor = pos;
    this.end = pos;
  }

  /** Shift+click, Shift+arrow or a drag: the anchor stays, the far corner moves. */
  extend(pos: CellPos): void {
    if (this.anchor === null) this.anchor = pos;
    this.end = pos;
  }

  clear(): void {
    this.anchor = null;
    this.end = null;
  }

  /** Whether `pos` is the corner the range was last taken to (the focused cell). */
  endsAt(pos: CellPos): boolean {
    return this.end !== null && this.end.rowIndex === pos.rowIndex && this.end.colId === pos.colId;
  }

  /** The far corner moved one cell by an arrow key, kept inside the grid; null without a range. */
  stepEnd(key: string, rowCount: number): CellPos | null {
    if (this.end === null) return null;
    const columns = [...this.order.keys()];
    const col = this.order.get(this.end.colId) ?? 0;
    const rowStep = key === 'ArrowDown' ? 1 : key === 'ArrowUp' ? -1 : 0;
    const colStep = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
    const rowIndex = Math.min(Math.max(this.end.rowIndex + rowStep, 0), Math.max(rowCount - 1, 0));
    const colId = columns[Math.min(Math.max(col + colStep, 0), columns.length - 1)] ?? this.end.colId;
    return { rowIndex, colId };
  }

  bounds(): RangeBounds | null {
    if (this.anchor === null || this.end === null) return null;
    const a = this.order.get(this.anchor.colId);
    const b = this.order.get(this.end.colId);
    if (a === undefined || b === undefined) return null;
    return {
      top: Math.min(this.anchor.rowIndex, this.end.rowIndex),
      bottom: Math.max(this.anchor.rowIndex, this.end.rowIndex),
      left: Math.min(a, b),
      right: Math.max(a, b),
    };
  }

  /** More than one cell: only then is it drawn (one cell is the grid's own focus outline). */
  isMultiCell(): boolean {
    const b = this.bounds();
    return b !== null && (b.bottom > b.top || b.right > b.left);
  }

  contains(rowIndex: number | null, colId: string | undefined): boolean {
    if (rowIndex === null || colId === undefined || !this.isMultiCell()) return false;
    const b = this.bounds() as RangeBounds;
    const col = this.order.get(colId);
    return col !== undefined && rowIndex >= b.top && rowIndex <= b.bottom && col >= b.left && col <= b.right;
  }
}
