/**
 * The busy/error state of a dialog's one action: buttons stay disabled while the call runs (no
 * double submit), and a refusal from the server is kept to be shown in the dialog, in Chinese.
 * A dialog's action is a saved change (新增户, 移出, 识别纳入 …): it tells the ledger signal, so
 * the 撤销 button offers it.
 */
import { useCallback, useState } from 'react';
import { ApiCallError } from '../api/client';
import { useLedgerSignal } from './useLedgerSignal';

export interface SubmitAction {
  busy: boolean;
  error: string | null;
  run<T>(action: () => Promise<T>, onDone: (value: T) => void): void;
}

export function useSubmitAction(): SubmitAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { edited } = useLedgerSignal();

  const run = useCallback(<T,>(action: () => Promise<T>, onDone: (value: T) => void) => {
    setBusy(true);
    setError(null);
    action()
      .then((value) => {
        setBusy(false);
        edited();
        onDone(value);
      })
      .catch((caught: unknown) => {
        setBusy(false);
        setError(caught instanceof ApiCallError ? caught.message : '操作没有完成，请重试');
      });
  }, [edited]);

  return { busy, error, run };
}
