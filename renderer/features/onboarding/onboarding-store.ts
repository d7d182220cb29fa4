/**
 * "跳过" of the first run wizard, remembered on this computer per ledger file (localStorage), so a
 * skipped wizard does not come back at every start; 设置 reopens it.
 */
const PREFIX = 'shoudi.onboarding-skipped:';

export function wizardSkipped(ledgerPath: string): boolean {
  try {
    return window.localStorage.getItem(PREFIX + ledgerPath) === '1';
  } catch {
    return false;
  }
}

export function rememberSkip(ledgerPath: string): void {
  try {
    window.localStorage.setItem(PREFIX + ledgerPath, '1');
  } catch {
    // Storage refused (private mode): the wizard simply opens again next time.
  }
}
