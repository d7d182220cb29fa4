/**
 * Staged imports held in memory between staging and commit (a parsed workbook is too big to send
 * back and forth). A few at a time; the oldest is dropped first, and every entry expires.
 */
import { ApiError } from '../../shared/api/errors';
import type { ImportChange } from '../../shared/api/imports-contract';
import type { StagedPlan } from './plan';
import type { StagedImport } from './stage';

export interface ImportSession {
  staged: StagedImport;
  plan: StagedPlan | null;
  changes: ImportChange[] | null;
  committedBatchId: number | null;
  touchedAt: number;
}

const MAX_SESSIONS = 4;
const TTL_MS = 2 * 60 * 60 * 1000;

export class ImportSessions {
  private readonly sessions = new Map<string, ImportSession>();
  /** Imports still being read, by session id: cancel aborts the reading worker. */
  private readonly reading = new Map<string, AbortController>();

  startReading(id: string): AbortSignal {
    const controller = new AbortController();
    this.reading.set(id, controller);
    return controller.signal;
  }

  doneReading(id: string): void {
    this.reading.delete(id);
  }

  put(staged: StagedImport): ImportSession {
    const now = Date.now();
    for (const [id, s] of this.sessions) if (now - s.touchedAt > TTL_MS) this.sessions.delete(id);
    while (this.sessions.size >= MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    const session: ImportSession = { staged, plan: null, changes: null, committedBatchId: null, touchedAt: now };
    this.sessions.set(staged.id, session);
    return session;
  }

  get(id: string): ImportSession {
    const session = this.sessions.get(id);
    if (!session || Date.now() - session.touchedAt > TTL_MS) {
      this.sessions.delete(id);
      throw new ApiError('import.session-expired', '这次导入已过期或已取消，请重新选择文件', { sessionId: id });
    }
    session.touchedAt = Date.now();
    return session;
  }

  /** Drop everything staged (the ledger under them changed wholesale, e.g. a restore). */
  clear(): void {
    for (const controller of this.reading.values()) controller.abort();
    this.reading.clear();
    this.sessions.clear();
  }

  delete(id: string): boolean {
    const reading = this.reading.get(id);
    if (reading) {
      reading.abort();
      this.reading.delete(id);
      return true;
    }
    return this.sessions.delete(id);
  }
}
