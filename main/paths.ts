/**
 * Where the ledger lives when no --db / SHOUDI_DB is given: the same folder Electron uses as
 * userData for the product name 守底台账 (outside the install folder, per user, no admin rights).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = '守底台账';
export const LEDGER_FILE = 'shoudi.db';

export function defaultUserDataDir(): string {
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** --db FILE, else SHOUDI_DB, else the user-data ledger. */
export function resolveLedgerPath(explicit: string | undefined, userDataDir = defaultUserDataDir()): string {
  return explicit ?? process.env.SHOUDI_DB ?? join(userDataDir, LEDGER_FILE);
}
