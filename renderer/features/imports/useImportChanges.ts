/**
 * One page of a staged import's change list under a filter tab, and the per-kind totals the tabs
 * show. Totals load once per preview (revision); pages reload on tab or page changes.
 */
import type { ImportChange } from '../../../shared/api/imports-contract';
import { api } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ALL_CHANGE_KINDS, filterTotal, pageSlices, type ChangeFilter, type KindTotals } from './change-pages';

export const CHANGE_PAGE_SIZE = 50;

async function loadTotals(sessionId: string): Promise<KindTotals> {
  const entries = await Promise.all(
    ALL_CHANGE_KINDS.map(async (kind) => [kind, (await api.call('imports.changes', { sessionId, kind, offset: 0, limit: 1 })).total] as const),
  );
  return Object.fromEntries(entries) as KindTotals;
}

async function loadPage(sessionId: string, filter: ChangeFilter, totals: KindTotals, offset: number): Promise<ImportChange[]> {
  if (filter.kinds.length === 0) return (await api.call('imports.changes', { sessionId, offset, limit: CHANGE_PAGE_SIZE })).rows;
  const slices = pageSlices(filter.kinds, totals, offset, CHANGE_PAGE_SIZE);
  const pages = await Promise.all(slices.map((s) => api.call('imports.changes', { sessionId, kind: s.kind, offset: s.offset, limit: s.limit })));
  return pages.flatMap((p) => p.rows);
}

export interface ImportChangesState {
  totals: KindTotals | null;
  /** Changes under the filter, all pages. */
  total: number | null;
  rows: ImportChange[] | null;
  loading: boolean;
  error: string | null;
}

export function useImportChanges(sessionId: string, revision: number, filter: ChangeFilter, page: number): ImportChangesState {
  const totals = useApiQuery(() => loadTotals(sessionId), `${sessionId}:${revision}`);
  const ready = totals.data;
  const rows = useApiQuery(
    ready === null ? null : () => loadPage(sessionId, filter, ready, page * CHANGE_PAGE_SIZE),
    `${sessionId}:${revision}:${filter.key}:${page}:${ready === null ? 'waiting' : 'ready'}`,
  );
  return {
    totals: ready,
    total: ready === null ? null : filterTotal(filter, ready),
    rows: rows.data,
    loading: totals.loading || rows.loading,
    error: totals.error ?? rows.error,
  };
}
