import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import { UnlockScreen } from './UnlockScreen';

/**
 * Asks the ledger first whether it waits for its password; shows the unlock screen until it is
 * open, then the app. If the question itself fails (a stopped server), the app is shown and
 * reports the problem the way it reports any other.
 */
export function UnlockGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<'checking' | 'locked' | 'open'>('checking');
  useEffect(() => {
    let live = true;
    api
      .call('ledger.passwordState', {})
      .then((answer) => live && setState(answer.locked ? 'locked' : 'open'))
      .catch(() => live && setState('open'));
    return () => {
      live = false;
    };
  }, []);
  if (state === 'checking') return <p className="app-loading">正在打开台账…</p>;
  if (state === 'locked') return <UnlockScreen onUnlocked={() => setState('open')} />;
  return children;
}
