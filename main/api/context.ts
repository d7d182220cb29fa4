/** What every handler receives: the open ledger and who is acting. */
import type { Db } from '../db/open';

export interface HandlerContext {
  db: Db;
  /** Path of the ledger file (for 台账信息). */
  ledgerPath: string;
  /** Recorded in history as who made a change. */
  actor: string;
}
