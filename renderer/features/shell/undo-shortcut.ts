/**
 * Which key presses mean the ledger's 撤销/重做: Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo (⌘ on
 * a Mac). Inside a text field or an AG Grid cell editor the browser's own undo of the typed text
 * applies instead, so those targets are left alone.
 */

export type UndoAction = 'undo' | 'redo';

export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The focused element, as far as the decision needs it (a DOM Element fits). */
export interface ShortcutTarget {
  tagName: string;
  isContentEditable?: boolean;
  getAttribute?(name: string): string | null;
  closest(selector: string): unknown;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'number', 'tel', 'email', 'url', 'password', 'date', 'month', 'time', 'datetime-local']);
const CELL_EDITOR = '.ag-cell-inline-editing, .ag-popup-editor, .ag-cell-editor';

/** True where Ctrl+Z belongs to the text being typed, not to the ledger. */
export function isTextEditingTarget(target: ShortcutTarget | null): boolean {
  if (target === null) return false;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') {
    const type = (target.getAttribute?.('type') ?? 'text').toLowerCase();
    if (TEXT_INPUT_TYPES.has(type)) return true;
  }
  if (target.isContentEditable === true) return true;
  return target.closest(CELL_EDITOR) !== null;
}

export function undoActionOf(event: ShortcutKey, target: ShortcutTarget | null): UndoAction | null {
  if (event.altKey || event.ctrlKey === event.metaKey) return null;
  const key = event.key.toLowerCase();
  let action: UndoAction | null = null;
  if (key === 'z') action = event.shiftKey ? 'redo' : 'undo';
  else if (key === 'y' && !event.shiftKey) action = 'redo';
  if (action === null || isTextEditingTarget(target)) return null;
  return action;
}
