/**
 * Keeps a grid's view (grid-view-store.ts) in step with the grid: restored when the grid is ready
 * and again whenever the view hands it new column definitions (their hide/pinned would otherwise
 * win), saved whenever the clerk moves, hides, pins, resizes, sorts or filters. Named filters are
 * saved, applied and deleted here too.
 */
import type { ColumnState, GridApi } from 'ag-grid-community';
import { useCallback, useMemo, useRef, useState } from 'react';
import { clearGridView, loadGridView, MAX_SAVED_FILTERS, saveGridView, type GridViewState, type SavedFilter } from './grid-view-store';

export interface GridViewControls {
  state: GridViewState;
  setCopyHeaders(on: boolean): void;
  saveFilter(name: string): string | null;
  applyFilter(filter: SavedFilter): void;
  deleteFilter(name: string): void;
  reset(): void;
}

export function useGridView<T>(viewKey: string) {
  const [state, setState] = useState<GridViewState>(() => loadGridView(viewKey));
  const apiRef = useRef<GridApi<T> | null>(null);
  const restoring = useRef(false);
  const stateRef = useRef(state);
  stateRef.current = state;

  const commit = useCallback(
    (next: GridViewState) => {
      stateRef.current = next;
      setState(next);
      saveGridView(viewKey, next);
    },
    [viewKey],
  );

  const restore = useCallback((api: GridApi<T>) => {
    apiRef.current = api;
    const { columns, filter } = stateRef.current;
    restoring.current = true;
    if (columns !== null) api.applyColumnState({ state: columns, applyOrder: true });
    if (filter !== null) api.setFilterModel(filter);
    restoring.current = false;
  }, []);

  /** Any column or filter change by the clerk: remember the whole view. */
  const capture = useCallback(() => {
    const api = apiRef.current;
    if (api === null || api.isDestroyed() || restoring.current) return;
    commit({ ...stateRef.current, columns: api.getColumnState(), filter: api.getFilterModel() });
  }, [commit]);

  const controls = useMemo<GridViewControls>(
    () => ({
      state,
      setCopyHeaders: (on) => commit({ ...stateRef.current, copyHeaders: on }),
      saveFilter(name) {
        const api = apiRef.current;
        const trimmed = name.trim();
        if (api === null) return '表格尚未加载';
        if (trimmed === '') return '请先给筛选起个名字，如“未达标人员”';
        const others = stateRef.current.savedFilters.filter((f) => f.name !== trimmed);
        if (others.length >= MAX_SAVED_FILTERS) return `最多保存 ${MAX_SAVED_FILTERS} 个筛选，请先删除不用的`;
        const sort = api
          .getColumnState()
          .filter((c) => c.sort === 'asc' || c.sort === 'desc')
          .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
          .map((c) => ({ colId: c.colId, sort: c.sort as 'asc' | 'desc' }));
        commit({ ...stateRef.current, savedFilters: [...others, { name: trimmed, filter: api.getFilterModel(), sort }] });
        return null;
      },
      applyFilter(saved) {
        const api = apiRef.current;
        if (api === null) return;
        const sortState: ColumnState[] = saved.sort.map((s, i) => ({ colId: s.colId, sort: s.sort, sortIndex: i }));
        api.applyColumnState({ state: sortState, defaultState: { sort: null } });
        api.setFilterModel(saved.filter);
      },
      deleteFilter: (name) => commit({ ...stateRef.current, savedFilters: stateRef.current.savedFilters.filter((f) => f.name !== name) }),
      reset() {
        const api = apiRef.current;
        const kept = stateRef.current.savedFilters;
        clearGridView(viewKey);
        restoring.current = true;
        api?.resetColumnState();
        api?.setFilterModel(null);
        restoring.current = false;
        commit({ columns: null, filter: null, copyHeaders: stateRef.current.copyHeaders, savedFilters: kept });
      },
    }),
    [state, commit, viewKey],
  );

  return { restore, capture, controls };
}
