import type { ApiOutput } from '../../../shared/api/contract';
import { api } from '../../api/client';
import { useApiQuery, type ApiQueryState } from '../../hooks/useApiQuery';

export type Village = ApiOutput<'units.villages'>[number];

/** Villages of the ledger with their groups, for the new-household picker. */
export function useVillages(): ApiQueryState<Village[]> {
  return useApiQuery(() => api.call('units.villages', {}), 'villages');
}
