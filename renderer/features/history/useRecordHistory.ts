import type { HistoryEntry } from '../../../shared/api/contract';
import { api } from '../../api/client';
import { useApiQuery, type ApiQueryState } from '../../hooks/useApiQuery';

export type HistoryTable = 'households' | 'members';

/** Change history of one record, newest first; `revision` reloads it after a save. */
export function useRecordHistory(table: HistoryTable, id: number | null, revision: number): ApiQueryState<HistoryEntry[]> {
  return useApiQuery(id === null ? null : () => api.call('history.list', { table, id, limit: 200 }), `${table}:${id}:${revision}`);
}
