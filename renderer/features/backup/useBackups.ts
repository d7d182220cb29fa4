import { useCallback, useState } from 'react';
import type { ApiOutput } from '../../../shared/api/contract';
import { api } from '../../api/client';
import { useApiQuery, type ApiQueryState } from '../../hooks/useApiQuery';
import { useOnLedgerChanged } from '../../hooks/useLedgerSignal';

export type BackupList = ApiOutput<'backup.list'>;

/** The backup folder and its backups, newest first; reloads after a backup and a ledger change. */
export function useBackups(): ApiQueryState<BackupList> & { reload(): void } {
  const [revision, setRevision] = useState(0);
  const reload = useCallback(() => setRevision((r) => r + 1), []);
  useOnLedgerChanged(reload);
  const state = useApiQuery(() => api.call('backup.list', {}), String(revision));
  return { ...state, reload };
}
