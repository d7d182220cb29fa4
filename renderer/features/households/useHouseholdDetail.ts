import type { ApiOutput } from '../../../shared/api/contract';
import { api } from '../../api/client';
import { useApiQuery, type ApiQueryState } from '../../hooks/useApiQuery';

export type HouseholdDetailData = ApiOutput<'households.get'>;

/** A household with all its members (removed ones too); `revision` reloads after a change. */
export function useHouseholdDetail(id: number | null, revision: number): ApiQueryState<HouseholdDetailData> {
  return useApiQuery(id === null ? null : () => api.call('households.get', { id }), `${id}:${revision}`);
}
