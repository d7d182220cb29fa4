/** What every handler receives: the open ledger, who is acting, and the staged imports. */
import type { ApiEventName, ApiEvents } from '../../shared/api/events';
import type { Db } from '../db/open';
import type { ImportSessions } from '../imports/sessions';

export interface HandlerContext {
  db: Db;
  /** Path of the ledger file (for 台账信息). */
  ledgerPath: string;
  /** Recorded in history as who made a change. */
  actor: string;
  imports: ImportSessions;
  /** Push an event to the window (Electron); absent in browser mode, the CLI and most tests. */
  emit?: EventSink;
}

export type EventSink = <E extends ApiEventName>(name: E, payload: ApiEvents[E]) => void;
