/**
 * Spreadsheet habits of every ledger grid, as clerks know them from Excel/WPS (AG Grid community
 * has no cell ranges or clipboard, so they are built here):
 *
 *   - a rectangle of cells: mouse drag, Shift+click, Shift+arrows; drawn with `cell-in-range`;
 *   - Ctrl+C copies it as tab-separated text (with the headers when the view's toggle is on, or
 *     always with Ctrl+Shift+C); Ctrl+V pastes a TSV block from the focused cell / the selection's
 *     corner; Ctrl+D fills the top row down; Delete clears a selection — all three through
 *     grid-writes.ts (validated, one undo step, one summary of refused cells);
 *   - Ctrl+F focuses the view's search box, Ctrl+S says once that saving is automatic.
 * Arrows, Enter, Tab, F2, typing and Esc are the grid's own (LedgerGrid turns them on).
 */
import type { CellFocusedEvent, ColDef, GridApi, SuppressKeyboardEventParams } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { getSettings } from '../features/settings/settings-store';
import { useLedgerSignal } from '../hooks/useLedgerSignal';
import type { MessageActions } from '../hooks/useMessage';
import { CellRange, type CellPos } from './cell-range';
import type { LedgerRecord } from './column-defs';
import { cellText, columnLabel } from './column-text';
import { writeBlock, type GridWriter, type WriteProblem } from './grid-writes';
import type { ListDatasource } from './list-datasource';
import { writeClipboardText } from './clipboard-write';
import { fitBlock } from './paste-plan';
import { formatTsv, parseTsv } from './tsv';

export interface SpreadsheetOptions<T extends LedgerRecord> {
  title: string;
  datasource: ListDatasource<T>;
  writer?: GridWriter<T>;
  message: MessageActions;
  copyHeaders: boolean;
}

export interface PasteSummary {
  action: string;
  changedCells: number;
  problems: WriteProblem[];
}

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
const SAVE_NOTE = '每次修改已自动保存，无需保存';

/** The grid cell under a DOM event target: its row index and column id. */
function cellAt(target: EventTarget | null): CellPos | null {
  if (!(target instanceof Element) || isTyping(target)) return null;
  const cell = target.closest('.ag-cell[col-id]');
  const row = cell?.closest('.ag-row[row-index]');
  const colId = cell?.getAttribute('col-id');
  const rowIndex = Number(row?.getAttribute('row-index'));
  return colId && Number.isInteger(rowIndex) && rowIndex >= 0 ? { rowIndex, colId } : null;
}

function samePos(a: CellPos, b: CellPos | null): boolean {
  return b !== null && a.rowIndex === b.rowIndex && a.colId === b.colId;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

export function useSpreadsheetGrid<T extends LedgerRecord>(options: SpreadsheetOptions<T>) {
  const range = useRef(new CellRange()).current;
  const apiRef = useRef<GridApi<T> | null>(null);
  const dragging = useRef(false);
  /** A focus position already applied to the range from the live grid; its late event is ignored. */
  const synced = useRef<CellPos | null>(null);
  const latest = useRef(options);
  latest.current = options;
  const [summary, setSummary] = useState<PasteSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const { edited } = useLedgerSignal();

  const redraw = useCallback(() => {
    const api = apiRef.current;
    if (api !== null && !api.isDestroyed()) api.refreshCells({ suppressFlash: true });
  }, []);

  const attach = useCallback(
    (api: GridApi<T>) => {
      apiRef.current = api;
      range.setColumns(api.getAllDisplayedColumns().map((c) => c.getColId()));
    },
    [range],
  );

  useEffect(() => {
    const up = () => {
      dragging.current = false;
    };
    // Capture: the grid stops some mouseup events from bubbling.
    document.addEventListener('mouseup', up, true);
    return () => document.removeEventListener('mouseup', up, true);
  }, []);

  const gridEvents = useMemo(
    () => ({
      onDisplayedColumnsChanged: () => {
        const api = apiRef.current;
        if (api !== null) range.setColumns(api.getAllDisplayedColumns().map((c) => c.getColId()));
        redraw();
      },
      // Grid events reach us asynchronously, after the mousedown or Shift+arrow that already placed
      // the range; only a focus move to a cell the range does not end at (arrows, Enter, Tab) restarts it.
      onCellFocused: (event: CellFocusedEvent<T>) => {
        if (event.rowIndex === null || event.column === null || typeof event.column === 'string') return;
        const pos = { rowIndex: event.rowIndex, colId: event.column.getColId() };
        if (range.endsAt(pos) || dragging.current || samePos(pos, synced.current)) return;
        range.start(pos);
        redraw();
      },
    }),
    [range, redraw],
  );

  /** Keys the grid must leave to us: Ctrl+D, and Delete over a selection of several cells. */
  const suppressKeyboardEvent = useCallback(
    (params: SuppressKeyboardEventParams<T>) => {
      if (params.editing) return false;
      const { key, ctrlKey, metaKey } = params.event;
      if ((ctrlKey || metaKey) && (key === 'd' || key === 'D')) return true;
      return (key === 'Delete' || key === 'Backspace') && range.isMultiCell();
    },
    [range],
  );

  const cellClassRules = useMemo<ColDef<T>['cellClassRules']>(
    () => ({ 'cell-in-range': (params) => range.contains(params.node?.rowIndex ?? null, params.column.getColId()) }),
    [range],
  );

  /** The selection (or the focused cell) as rows of cell texts; headers first when asked. */
  const selectionText = useCallback(
    (withHeaders: boolean): string | null => {
      const api = apiRef.current;
      if (api === null) return null;
      const columns = api.getAllDisplayedColumns();
      const focused = api.getFocusedCell();
      const b = range.bounds() ?? (focused ? { top: focused.rowIndex, bottom: focused.rowIndex, left: columns.indexOf(focused.column as never), right: columns.indexOf(focused.column as never) } : null);
      if (b === null || b.left < 0) return null;
      const picked = columns.slice(b.left, b.right + 1);
      const showFull = getSettings().showFullNumbers;
      const rows: string[][] = withHeaders ? [picked.map(columnLabel)] : [];
      for (let r = b.top; r <= b.bottom; r++) {
        const data = api.getDisplayedRowAtIndex(r)?.data;
        rows.push(picked.map((column) => cellText(api, column, data, showFull)));
      }
      return formatTsv(rows);
    },
    [range],
  );

  const anchor = useCallback((): { row: number; column: number; rows: number; columns: number } | null => {
    const api = apiRef.current;
    if (api === null) return null;
    const b = range.bounds();
    if (b !== null) return { row: b.top, column: b.left, rows: b.bottom - b.top + 1, columns: b.right - b.left + 1 };
    const focused = api.getFocusedCell();
    if (focused === null) return null;
    return { row: focused.rowIndex, column: api.getAllDisplayedColumns().indexOf(focused.column as never), rows: 1, columns: 1 };
  }, [range]);

  const runBlock = useCallback(
    async (cells: string[][], at: { row: number; column: number }, action: string) => {
      const api = apiRef.current;
      const { writer, datasource, message, title } = latest.current;
      if (api === null) return;
      if (writer === undefined) {
        message.error(`“${title}”表不能批量${action}，请逐格修改`);
        return;
      }
      setBusy(true);
      try {
        const outcome = await writeBlock(cells, {
          api,
          writer,
          datasource,
          anchorRow: at.row,
          anchorColumn: at.column,
          label: (n) => `${action} ${n} 个单元格（${title}）`,
        });
        if (outcome.changedCells > 0) {
          edited();
          message.success(`已${action} ${outcome.changedCells} 个单元格，可撤销（Ctrl+Z）${outcome.problems.length > 0 ? `；${outcome.problems.length} 个单元格未写入` : ''}`);
        } else if (outcome.problems.length === 0) {
          message.info(`${action}的内容与表中现有值相同，没有修改`);
        }
        if (outcome.problems.length > 0) setSummary({ action, changedCells: outcome.changedCells, problems: outcome.problems });
      } catch (error) {
        message.error(`${action}失败，没有写入任何单元格：${error instanceof Error ? error.message : String(error)}`);
      } finally {
        setBusy(false);
        redraw();
      }
    },
    [edited, redraw],
  );

  /** Mouse: a press starts (Shift: extends) the range, a drag with the button held extends it. */
  const onMouseDown = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const pos = cellAt(event.target);
      if (pos === null || event.button !== 0) return;
      if (event.shiftKey) range.extend(pos);
      else range.start(pos);
      dragging.current = true;
      synced.current = pos;
      redraw();
    },
    [range, redraw],
  );

  const onMouseOver = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (!dragging.current || (event.buttons & 1) === 0) return;
      const pos = cellAt(event.target);
      if (pos === null) return;
      range.extend(pos);
      redraw();
    },
    [range, redraw],
  );

  const onCopy = useCallback(
    (event: ClipboardEvent<HTMLDivElement>) => {
      if (isTyping(event.target)) return;
      const text = selectionText(latest.current.copyHeaders);
      if (text === null) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', text);
    },
    [selectionText],
  );

  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLDivElement>) => {
      if (isTyping(event.target)) return;
      event.preventDefault();
      const at = anchor();
      if (at === null || at.column < 0) {
        latest.current.message.info('请先点选要粘贴到的单元格');
        return;
      }
      const cells = parseTsv(event.clipboardData.getData('text/plain'));
      if (cells.length === 0) return;
      void runBlock(fitBlock(cells, { rows: at.rows, columns: at.columns }), at, '粘贴');
    },
    [anchor, runBlock],
  );

  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (isTyping(event.target)) return;
      if (!event.shiftKey && (ARROWS.has(event.key) || event.key === 'Enter' || event.key === 'Tab')) synced.current = null;
      if (event.shiftKey && ARROWS.has(event.key)) {
        // The grid moves the focus; the range's far corner moves with it, from where it was.
        const api = apiRef.current;
        // The grid tells us of focus moves late: catch up with where the focus really is first.
        const focused = api?.getFocusedCell();
        if (focused && typeof focused.column !== 'string') {
          const pos = { rowIndex: focused.rowIndex, colId: focused.column.getColId() };
          if (!range.endsAt(pos)) range.start(pos);
          synced.current = pos;
        }
        const next = api === null || api === undefined ? null : range.stepEnd(event.key, api.getDisplayedRowCount());
        if (next !== null) {
          range.extend(next);
          redraw();
        }
      }
      const ctrl = event.ctrlKey || event.metaKey;
      const at = anchor();
      // Ctrl+C copies the selection although the browser has no text selected in the grid.
      if (ctrl && !event.altKey && (event.key === 'C' || event.key === 'c')) {
        const text = selectionText(event.shiftKey || latest.current.copyHeaders);
        if (text === null) return;
        event.preventDefault();
        if (!writeClipboardText(text)) latest.current.message.error('无法写入剪贴板，请重试');
        return;
      }
      if (at === null || at.column < 0) return;
      if (ctrl && (event.key === 'd' || event.key === 'D')) {
        event.preventDefault();
        event.stopPropagation();
        const api = apiRef.current as GridApi<T>;
        const columns = api.getAllDisplayedColumns().slice(at.column, at.column + at.columns);
        // One row selected: fill from the row above, as Excel does.
        const source = at.rows > 1 ? at.row : at.row - 1;
        const data = api.getDisplayedRowAtIndex(source)?.data;
        if (data === undefined) return;
        const top = columns.map((column) => cellText(api, column, data, true));
        const count = at.rows > 1 ? at.rows - 1 : 1;
        void runBlock(Array.from({ length: count }, () => top), { row: source + 1, column: at.column }, '向下填充');
        return;
      }
      if ((event.key === 'Delete' || event.key === 'Backspace') && range.isMultiCell()) {
        event.preventDefault();
        event.stopPropagation();
        const blank = Array.from({ length: at.rows }, () => Array.from({ length: at.columns }, () => ''));
        void runBlock(blank, at, '清除');
      }
    },
    [anchor, range, runBlock, selectionText],
  );

  return { attach, gridEvents, suppressKeyboardEvent, cellClassRules, onCopy, onPaste, onKeyDownCapture, onMouseDown, onMouseOver, summary, closeSummary: () => setSummary(null), busy };
}

/** Ctrl+F and Ctrl+S anywhere in the view that holds the grid. */
export function useViewShortcuts(container: React.RefObject<HTMLElement | null>, message: MessageActions): void {
  const latest = useRef(message);
  latest.current = message;
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const view = container.current?.closest('.view');
      if (view === null || view === undefined) return;
      if (event.key === 'f' || event.key === 'F') {
        const search = view.querySelector<HTMLInputElement>('input[type="search"]');
        if (search === null) return;
        event.preventDefault();
        search.focus();
        search.select();
      } else if (event.key === 's' || event.key === 'S') {
        event.preventDefault();
        if (!event.repeat) latest.current.info(SAVE_NOTE);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [container]);
}
