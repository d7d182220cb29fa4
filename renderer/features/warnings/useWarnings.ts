/**
 * The warnings of one period. Unlike useApiQuery it keeps the error's code: a year without a
 * policy (policy.missing-year) is not a failure to retry but a step to take in 政策标准, and the
 * view offers the way there.
 */
import { useEffect, useState } from 'react';
import { api, ApiCallError } from '../../api/client';
import type { WarningReport } from './warning-filter';

export interface WarningsState {
  data: WarningReport | null;
  error: { code: string; message: string } | null;
  loading: boolean;
}

export function useWarnings(period: string | null): WarningsState {
  const [state, setState] = useState<WarningsState>({ data: null, error: null, loading: period !== null });

  useEffect(() => {
    if (period === null) return undefined;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    api
      .call('warnings.list', { period })
      .then((data) => {
        if (current) setState({ data, error: null, loading: false });
      })
      .catch((error: unknown) => {
        if (!current) return;
        const known = error instanceof ApiCallError ? { code: error.code, message: error.message } : { code: 'unknown', message: '读取预警失败，请重试' };
        setState({ data: null, error: known, loading: false });
      });
    return () => {
      current = false;
    };
  }, [period]);

  return state;
}
