import { api } from '../../api/client';
import { useApiQuery, type ApiQueryState } from '../../hooks/useApiQuery';
import type { MonitorTimeline } from './monitor-format';

/** A household's monitoring events and 帮扶措施; `revision` reloads after a step is recorded. */
export function useMonitorTimeline(householdId: number, revision: number): ApiQueryState<MonitorTimeline> {
  return useApiQuery(() => api.call('monitor.timeline', { householdId }), `${householdId}:${revision}`);
}
