/**
 * Whether the first run wizard is open. It opens by itself once per start when the ledger is empty
 * (no household), has no saved profile and the wizard was not skipped for this ledger file; 设置
 * reopens it any time.
 */
import { useCallback, useEffect, useState } from 'react';
import type { LedgerProfile } from '../../../shared/domain/profile';
import { api } from '../../api/client';
import { rememberSkip, wizardSkipped } from './onboarding-store';

export interface Onboarding {
  /** The profile to start from while the wizard is open; null when closed. */
  profile: LedgerProfile | null;
  reopen(): void;
  close(skipped: boolean): void;
}

export function useOnboarding(ledgerPath: string | null): Onboarding {
  const [profile, setProfile] = useState<LedgerProfile | null>(null);

  useEffect(() => {
    if (ledgerPath === null || wizardSkipped(ledgerPath)) return undefined;
    let current = true;
    api
      .call('profile.get', {})
      .then((state) => {
        if (current && !state.saved && state.emptyLedger) setProfile(state.profile);
      })
      // The wizard is a convenience: if the ledger cannot answer, the app shows its own error.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [ledgerPath]);

  const reopen = useCallback(() => {
    api
      .call('profile.get', {})
      .then((state) => setProfile(state.profile))
      .catch(() => undefined);
  }, []);

  const close = useCallback(
    (skipped: boolean) => {
      if (skipped && ledgerPath !== null) rememberSkip(ledgerPath);
      setProfile(null);
    },
    [ledgerPath],
  );

  return { profile, reopen, close };
}
