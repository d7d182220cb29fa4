/**
 * 撤销/重做 for the whole ledger: the persisted undo state (re-read whenever the ledger signal
 * says something was saved), the two actions, and their keyboard shortcuts. The result reads in
 * the view's message line; the views reload through the signal.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiOutput } from '../../../shared/api/contract';
import { api, ApiCallError } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useLedgerSignal } from '../../hooks/useLedgerSignal';
import { stepDoneText } from './undo-label';
import { undoActionOf, type UndoAction } from './undo-shortcut';

export type UndoState = ApiOutput<'edits.state'>;

export interface UndoRedo {
  state: UndoState | null;
  busy: boolean;
  run(action: UndoAction): void;
}

const FAILED_TEXT: Record<UndoAction, string> = { undo: '撤销没有完成，请重试', redo: '重做没有完成，请重试' };

/** Re-reads what 撤销 and 重做 would do now, after every saved change. */
export function useUndoState(): UndoState | null {
  const { editRevision } = useLedgerSignal();
  return useApiQuery(() => api.call('edits.state', {}), String(editRevision)).data;
}

export function useUndoRedo(enabled: boolean): UndoRedo {
  const state = useUndoState();
  const { changed, notify, edited } = useLedgerSignal();
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);

  const run = useCallback(
    (action: UndoAction) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy(true);
      api
        .call(action === 'undo' ? 'edits.undo' : 'edits.redo', {})
        .then((step) => changed({ tone: 'success', text: stepDoneText(action, step.label) }))
        .catch((error: unknown) => {
          notify({ tone: 'error', text: error instanceof ApiCallError ? error.message : FAILED_TEXT[action] });
          edited();
        })
        .finally(() => {
          busyRef.current = false;
          setBusy(false);
        });
    },
    [changed, notify, edited],
  );

  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const action = undoActionOf(event, target);
      // A dialog on screen owns the keyboard; its own fields keep the browser's undo.
      if (action === null || document.querySelector('dialog[open]') !== null) return;
      event.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, run]);

  return { state, busy, run };
}
