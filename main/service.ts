/**
 * The ledger service: an open ledger plus the dispatcher over it. Every transport (Electron IPC,
 * browser-mode HTTP, the CLI, tests) starts from here, so they all answer the same way.
 *
 * The handler context is the one mutable place that holds the open connection: a restore swaps
 * it, and `service.db` always reads the current one.
 */
import { userInfo } from 'node:os';
import type { EventSink, HandlerContext } from './api/context';
import { createDispatcher, type Dispatch, type DispatchOptions } from './api/dispatch';
import { HANDLERS } from './api/handlers';
import { backupDirFor, dailyBackup } from './backup/backups';
import { ensureDefaultPolicy } from './db/policy';
import { openLedger, type Db, type OpenOptions } from './db/open';
import { ImportSessions } from './imports/sessions';

export interface LedgerService {
  readonly db: Db;
  path: string;
  backupPath: string | null;
  dispatch: Dispatch;
  close(): void;
}

export interface ServiceOptions extends OpenOptions, DispatchOptions {
  actor?: string;
  /** Take the once-a-day backup at start (default true; only for a ledger that holds households). */
  dailyBackup?: boolean;
  /** Where push events go (the Electron window). */
  emit?: EventSink;
}

function defaultActor(): string {
  try {
    return userInfo().username || '本机用户';
  } catch {
    return '本机用户';
  }
}

export async function openService(path: string, options: ServiceOptions = {}): Promise<LedgerService> {
  const { db, backupPath } = await openLedger(path, { backupDir: backupDirFor(path), ...options });
  ensureDefaultPolicy(db);
  const hasData = (db.prepare('SELECT EXISTS (SELECT 1 FROM households) AS x').get() as { x: number }).x === 1;
  if (options.dailyBackup !== false && hasData && path !== ':memory:') {
    // A failed start-of-day backup (a full disk, a read-only folder) must not keep the clerk out
    // of the ledger: it is reported through the log, and the next start tries again.
    try {
      await dailyBackup(db, backupDirFor(path));
    } catch (error) {
      options.log?.('Start-of-day backup failed', error);
    }
  }
  const ctx: HandlerContext = { db, ledgerPath: path, actor: options.actor ?? defaultActor(), imports: new ImportSessions(), ...(options.emit ? { emit: options.emit } : {}) };
  const dispatch = createDispatcher(HANDLERS, ctx, options);
  return {
    get db() {
      return ctx.db;
    },
    path,
    backupPath,
    dispatch,
    close: () => ctx.db.close(),
  };
}
