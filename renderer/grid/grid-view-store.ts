/**
 * Each grid's view, kept per screen in localStorage (like the clerk's settings: it belongs to this
 * computer's screen, not to the ledger): column order, visibility, widths, pinned columns and sort
 * (AG Grid's column state), the column filters, whether Ctrl+C copies the headers, and the clerk's
 * named filters ("未达标人员", "本月未报村"). A hand-edited or old value falls back to the default.
 */
import type { ColumnState, FilterModel } from 'ag-grid-community';

export interface SavedFilter {
  name: string;
  filter: FilterModel;
  sort: { colId: string; sort: 'asc' | 'desc' }[];
}

export interface GridViewState {
  columns: ColumnState[] | null;
  filter: FilterModel | null;
  copyHeaders: boolean;
  savedFilters: SavedFilter[];
}

export const EMPTY_VIEW: GridViewState = { columns: null, filter: null, copyHeaders: false, savedFilters: [] };
const PREFIX = 'shoudi.gridView.';
export const MAX_SAVED_FILTERS = 30;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseSavedFilters(value: unknown): SavedFilter[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((f): f is Record<string, unknown> => isObject(f) && typeof f.name === 'string' && isObject(f.filter))
    .map((f) => ({
      name: String(f.name).slice(0, 40),
      filter: f.filter as FilterModel,
      sort: Array.isArray(f.sort) ? (f.sort as SavedFilter['sort']).filter((s) => isObject(s) && typeof s.colId === 'string' && (s.sort === 'asc' || s.sort === 'desc')) : [],
    }))
    .slice(0, MAX_SAVED_FILTERS);
}

export function parseGridView(text: string | null): GridViewState {
  if (text === null) return EMPTY_VIEW;
  try {
    const raw: unknown = JSON.parse(text);
    if (!isObject(raw)) return EMPTY_VIEW;
    const columns = Array.isArray(raw.columns) ? (raw.columns as unknown[]).filter((c): c is ColumnState => isObject(c) && typeof c.colId === 'string') : null;
    return {
      columns,
      filter: isObject(raw.filter) ? (raw.filter as FilterModel) : null,
      copyHeaders: raw.copyHeaders === true,
      savedFilters: parseSavedFilters(raw.savedFilters),
    };
  } catch {
    return EMPTY_VIEW;
  }
}

export function loadGridView(key: string): GridViewState {
  return parseGridView(localStorage.getItem(PREFIX + key));
}

export function saveGridView(key: string, state: GridViewState): void {
  localStorage.setItem(PREFIX + key, JSON.stringify(state));
}

export function clearGridView(key: string): void {
  localStorage.removeItem(PREFIX + key);
}
