/**
 * The dashboard summary and, after it, the warnings count of its period (slower: the rule engine),
 * both reloaded when the ledger changes elsewhere (撤销, an import). The count of a large ledger
 * comes in the background (`counting`): it is asked for again about once a second until it is there.
 */
import { useCallback, useEffect, useState } from 'react';
import type { DashboardSummary, DashboardWarnings } from '../../../shared/api/dashboard-contract';
import { api } from '../../api/client';
import { useApiQuery, type ApiQueryState } from '../../hooks/useApiQuery';
import { useOnLedgerChanged } from '../../hooks/useLedgerSignal';

export function useDashboard(): { summary: ApiQueryState<DashboardSummary>; warnings: ApiQueryState<DashboardWarnings>; reload(): void } {
  const [revision, setRevision] = useState(0);
  const reload = useCallback(() => setRevision((r) => r + 1), []);
  useOnLedgerChanged(reload);
  const summary = useApiQuery(() => api.call('dashboard.summary', {}), String(revision));
  const period = summary.data?.warningPeriod ?? null;
  // A large ledger's count runs in the background: ask again about once a second until it is there.
  const [poll, setPoll] = useState(0);
  const warnings = useApiQuery(period === null ? null : () => api.call('dashboard.warnings', { period }), `${period ?? ''}|${revision}|${poll}`);
  const counting = warnings.data?.counting ?? null;
  useEffect(() => {
    if (counting === null) return undefined;
    const timer = setTimeout(() => setPoll((p) => p + 1), 1000);
    return () => clearTimeout(timer);
  }, [counting]);
  return { summary, warnings, reload };
}
