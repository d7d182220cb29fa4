/** The dashboard summary, reloaded when the ledger changes elsewhere (撤销, an import). */
import { useState } from 'react';
import type { DashboardSummary } from '../../../shared/api/dashboard-contract';
import { api } from '../../api/client';
import { useApiQuery, type ApiQueryState } from '../../hooks/useApiQuery';
import { useOnLedgerChanged } from '../../hooks/useLedgerSignal';

export function useDashboard(): ApiQueryState<DashboardSummary> {
  const [revision, setRevision] = useState(0);
  useOnLedgerChanged(() => setRevision((r) => r + 1));
  return useApiQuery(() => api.call('dashboard.summary', {}), String(revision));
}
