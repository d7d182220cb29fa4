import { describe, expect, it } from 'vitest';
import { isTextEditingTarget, undoActionOf, type ShortcutKey, type ShortcutTarget } from '../../../../../renderer/features/shell/undo-shortcut';

function key(k: string, mods: Partial<Omit<ShortcutKey, 'key'>> = {}): ShortcutKey {
  return { key: k, ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

function element(tagName: string, options: { type?: string; editable?: boolean; inside?: string[] } = {}): ShortcutTarget {
  return {
    tagName,
    isContentEditable: options.editable ?? false,
    getAttribute: (name) => (name === 'type' ? (options.type ?? null) : null),
    closest: (selector) => (selector.split(',').some((s) => options.inside?.includes(s.trim())) ? {} : null),
  };
}

const gridCell = element('DIV', { inside: ['.ag-cell'] });

describe('the ledger undo shortcuts', () => {
  it('undoes with Ctrl+Z and redoes with Ctrl+Y or Ctrl+Shift+Z on a grid cell', () => {
    expect(undoActionOf(key('z'), gridCell)).toBe('undo');
    expect(undoActionOf(key('y'), gridCell)).toBe('redo');
    expect(undoActionOf(key('Z', { shiftKey: true }), gridCell)).toBe('redo');
  });

  it('accepts ⌘Z on a Mac', () => {
    expect(undoActionOf(key('z', { ctrlKey: false, metaKey: true }), null)).toBe('undo');
  });

  it('ignores plain letters, Alt combinations and other Ctrl keys', () => {
    expect(undoActionOf(key('z', { ctrlKey: false }), gridCell)).toBeNull();
    expect(undoActionOf(key('z', { altKey: true }), gridCell)).toBeNull();
    expect(undoActionOf(key('c'), gridCell)).toBeNull();
    expect(undoActionOf(key('y', { shiftKey: true }), gridCell)).toBeNull();
  });

  it('leaves Ctrl+Z to the browser in a text box, a text area and an editable element', () => {
    expect(undoActionOf(key('z'), element('INPUT', { type: 'search' }))).toBeNull();
    expect(undoActionOf(key('z'), element('INPUT'))).toBeNull();
    expect(undoActionOf(key('y'), element('TEXTAREA'))).toBeNull();
    expect(undoActionOf(key('z'), element('DIV', { editable: true }))).toBeNull();
  });

  it('leaves Ctrl+Z to an AG Grid cell editor', () => {
    expect(isTextEditingTarget(element('DIV', { inside: ['.ag-cell-inline-editing'] }))).toBe(true);
    expect(undoActionOf(key('z'), element('SELECT', { inside: ['.ag-popup-editor'] }))).toBeNull();
  });

  it('still undoes the ledger from a checkbox or a button', () => {
    expect(undoActionOf(key('z'), element('INPUT', { type: 'checkbox' }))).toBe('undo');
    expect(undoActionOf(key('z'), element('BUTTON'))).toBe('undo');
  });
});
