/** What every handler receives: the open ledger, who is acting, and the staged imports. */
import type { Db } from '../db/open';
import type { ImportSessions } from '../imports/sessions';

export interface HandlerContext {
  db: Db;
  /** Path of the ledger file (for 台账信息). */
  ledgerPath: string;
  /** Recorded in history as who made a change. */
  actor: string;
  imports: ImportSessions;
}
