import type { Policy } from '../../../shared/domain/policy';
import { api } from '../../api/client';
import { useApiQuery, type ApiQueryState } from '../../hooks/useApiQuery';

/** The policy table, one row per year (oldest first); `revision` reloads after a save. */
export function usePolicies(revision = 0): ApiQueryState<Policy[]> {
  return useApiQuery(() => api.call('policy.list', {}), `policies:${revision}`);
}
