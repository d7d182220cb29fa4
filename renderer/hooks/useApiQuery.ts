/**
 * Loads one API answer for a React view and reloads it when its key changes (a selected record,
 * a revision bumped after a save). A slow answer for an old key never overwrites a newer one.
 */
import { useEffect, useState } from 'react';
import { ApiCallError } from '../api/client';

export interface ApiQueryState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

export function useApiQuery<T>(load: (() => Promise<T>) | null, key: string): ApiQueryState<T> {
  const [state, setState] = useState<ApiQueryState<T>>({ data: null, error: null, loading: load !== null });

  useEffect(() => {
    if (load === null) {
      setState({ data: null, error: null, loading: false });
      return undefined;
    }
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load()
      .then((data) => {
        if (current) setState({ data, error: null, loading: false });
      })
      .catch((error: unknown) => {
        if (current) setState({ data: null, error: error instanceof ApiCallError ? error.message : '读取失败，请重试', loading: false });
      });
    return () => {
      current = false;
    };
    // The key names what `load` fetches; `load` itself is a fresh closure on every render.
  }, [key]);

  return state;
}
