/**
 * The ledger service: an open ledger plus the dispatcher over it. Every transport (Electron IPC,
 * browser-mode HTTP, the CLI, tests) starts from here, so they all answer the same way.
 */
import { userInfo } from 'node:os';
import { createDispatcher, type Dispatch, type DispatchOptions } from './api/dispatch';
import { HANDLERS } from './api/handlers';
import { openLedger, type Db, type OpenOptions } from './db/open';
import { ImportSessions } from './imports/sessions';
import { ensureDefaultPolicy } from './db/policy';

export interface LedgerService {
  db: Db;
  path: string;
  backupPath: string | null;
  dispatch: Dispatch;
  close(): void;
}

export interface ServiceOptions extends OpenOptions, DispatchOptions {
  actor?: string;
}

function defaultActor(): string {
  try {
    return userInfo().username || '本机用户';
  } catch {
    return '本机用户';
  }
}

export async function openService(path: string, options: ServiceOptions = {}): Promise<LedgerService> {
  const { db, backupPath } = await openLedger(path, options);
  ensureDefaultPolicy(db);
  const dispatch = createDispatcher(HANDLERS, { db, ledgerPath: path, actor: options.actor ?? defaultActor(), imports: new ImportSessions() }, options);
  return { db, path, backupPath, dispatch, close: () => db.close() };
}
