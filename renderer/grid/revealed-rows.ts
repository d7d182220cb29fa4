/**
 * The rows of one grid whose ID and phone numbers are shown in full for a while: the clerk clicked
 * the eye in a masked cell, or started editing one (the editor holds the real value anyway). Each
 * reveal lasts REVEAL_MS, then the row's numbers are masked again.
 */
import type { GridApi, IRowNode } from 'ag-grid-community';

export const REVEAL_MS = 30_000;

export class RevealedRows {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  isRevealed(node: IRowNode): boolean {
    return node.id !== undefined && this.timers.has(node.id);
  }

  reveal(api: GridApi, node: IRowNode): void {
    const id = node.id;
    if (id === undefined) return;
    const previous = this.timers.get(id);
    if (previous !== undefined) clearTimeout(previous);
    this.timers.set(
      id,
      setTimeout(() => this.hide(api, node), REVEAL_MS),
    );
    refreshRow(api, node);
  }

  hide(api: GridApi, node: IRowNode): void {
    const id = node.id;
    if (id === undefined) return;
    const timer = this.timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(id);
    refreshRow(api, node);
  }
}

function refreshRow(api: GridApi, node: IRowNode): void {
  // After any edit in progress has settled, or the editor's own refresh wins.
  setTimeout(() => {
    if (!api.isDestroyed()) api.refreshCells({ rowNodes: [node], force: true });
  }, 0);
}
