import { useCallback, useState } from 'react';
import type { ApiOutput } from '../../../shared/api/contract';
import { api } from '../../api/client';
import { useApiQuery, type ApiQueryState } from '../../hooks/useApiQuery';

export type LedgerInfo = ApiOutput<'ledger.info'>;

/** The open ledger (county/town, file, counts); `refresh` after records are added or removed. */
export function useLedgerInfo(): ApiQueryState<LedgerInfo> & { refresh(): void } {
  const [revision, setRevision] = useState(0);
  const state = useApiQuery(() => api.call('ledger.info', {}), String(revision));
  const refresh = useCallback(() => setRevision((r) => r + 1), []);
  return { ...state, refresh };
}
