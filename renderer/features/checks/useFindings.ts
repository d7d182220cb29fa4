/**
 * The findings of the data check, brought up to date by the server on every read (it re-checks
 * the households changed since the last read). Reloads when the ledger changes elsewhere (撤销,
 * an import) and when asked (after 已核实, 重新筛查).
 */
import { useCallback, useEffect, useState } from 'react';
import type { Checking, FindingsReport } from '../../../shared/api/checks-contract';
import { api, ApiCallError } from '../../api/client';
import { useOnLedgerChanged } from '../../hooks/useLedgerSignal';

export interface FindingsState {
  /** With `checking` while a background run goes on (the stored findings so far). */
  data: (FindingsReport & { checking: Checking }) | null;
  error: string | null;
  loading: boolean;
  reload(): void;
}

export function useFindings(includeVerified: boolean): FindingsState {
  const [data, setData] = useState<(FindingsReport & { checking: Checking }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [revision, setRevision] = useState(0);
  const reload = useCallback(() => setRevision((r) => r + 1), []);
  useOnLedgerChanged(reload);

  useEffect(() => {
    let current = true;
    setLoading(true);
    api
      .call('checks.list', { includeVerified })
      .then((report) => {
        if (!current) return;
        setData(report);
        setError(null);
      })
      .catch((e: unknown) => {
        if (current) setError(e instanceof ApiCallError ? e.message : '读取筛查结果失败，请重试');
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [includeVerified, revision]);

  return { data, error, loading, reload };
}
