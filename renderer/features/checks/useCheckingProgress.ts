/**
 * While the server checks the ledger in the background (issue #9), ask how far it is about once a
 * second (browser mode has no push channel) and call `onDone` once the run has ended, so the view
 * reloads the finished findings. `initial` is the state the last answer carried (null: nothing runs).
 */
import { useEffect, useRef, useState } from 'react';
import type { Checking } from '../../../shared/api/checks-contract';
import { api } from '../../api/client';

const POLL_MS = 1000;

export function useCheckingProgress(initial: Checking, onDone: () => void): Checking {
  const [progress, setProgress] = useState<Checking>(initial);
  const done = useRef(onDone);
  done.current = onDone;
  const running = initial !== null;
  useEffect(() => setProgress(initial), [initial]);
  useEffect(() => {
    if (!running) return;
    let current = true;
    const timer = setInterval(() => {
      api
        .call('checks.progress', {})
        .then(({ checking }) => {
          if (!current) return;
          setProgress(checking);
          if (checking === null) {
            current = false;
            clearInterval(timer);
            done.current();
          }
        })
        .catch(() => undefined);
    }, POLL_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [running]);
  return progress;
}

/** 已完成 35% (never 100% while running: the last step swaps the findings in). */
export function checkingPercent(checking: NonNullable<Checking>): number {
  if (checking.total === 0) return 0;
  return Math.min(99, Math.floor((checking.done / checking.total) * 100));
}
