/**
 * Remembers the one cell whose typed value was last refused, so the grid can outline it in red
 * next to the message that explains why; the mark moves or clears with the next edit.
 */
import type { GridApi, IRowNode } from 'ag-grid-community';

interface MarkedCell {
  node: IRowNode;
  colId: string;
}

export class RefusedCellMark {
  private marked: MarkedCell | null = null;

  isMarked(node: IRowNode, colId: string): boolean {
    return this.marked !== null && this.marked.node.id === node.id && this.marked.colId === colId;
  }

  mark(api: GridApi, node: IRowNode, colId: string): void {
    const previous = this.marked;
    this.marked = { node, colId };
    this.refresh(api, previous);
    this.refresh(api, this.marked);
  }

  clear(api: GridApi): void {
    const previous = this.marked;
    this.marked = null;
    this.refresh(api, previous);
  }

  private refresh(api: GridApi, cell: MarkedCell | null): void {
    if (cell === null) return;
    // After the grid has finished the edit that caused it, or the editor's own refresh wins.
    setTimeout(() => api.refreshCells({ rowNodes: [cell.node], columns: [cell.colId], force: true }), 0);
  }
}
