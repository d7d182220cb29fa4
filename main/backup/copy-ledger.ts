/**
 * Copy an open ledger to a new file without freezing the window or the browser-mode server.
 *
 *   - plain ledger: SQLite's backup API, a few hundred pages per event-loop turn (better-sqlite3's
 *     `db.backup` yields between steps), progress from each step's page counts;
 *   - encrypted ledger: the backup API refuses to copy between an encrypted source and an unkeyed
 *     target, so a worker thread opens its own keyed, read-only connection and runs `VACUUM INTO`
 *     — SQLite3MC writes the copy encrypted with the same key, so a backup of an encrypted ledger
 *     is never readable without the password. Progress is the target's size against the source's.
 *
 * The copy is of one consistent snapshot either way (WAL: readers see the last commit).
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { keyPragmas, passwordOf } from '../db/cipher';
import type { DatabaseConnection } from '../db/driver';

export interface CopyProgress {
  /** 0…1 */
  fraction: number;
}

/** Pages per backup step: 400 KB at 4 KiB pages, a few milliseconds of work even on a busy PC. */
const PAGES_PER_STEP = 100;

// An eval worker is CommonJS: plain require() of the driver path resolved in this module.
const VACUUM_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.source, { readonly: true, fileMustExist: true });
  for (const pragma of workerData.pragmas) db.pragma(pragma);
  db.prepare('VACUUM INTO ?').run(workerData.target);
  parentPort.postMessage({ ok: true });
} catch (error) {
  parentPort.postMessage({ ok: false, code: error.code, message: error.message });
} finally {
  if (db) db.close();
}`;

function sizeOf(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

function vacuumInWorker(source: string, password: string, target: string, onProgress?: (p: CopyProgress) => void): Promise<void> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
  const total = Math.max(1, sizeOf(source) + sizeOf(`${source}-wal`));
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(VACUUM_WORKER, { eval: true, workerData: { driver, source, target, pragmas: keyPragmas(password) } });
    const timer = onProgress ? setInterval(() => onProgress({ fraction: Math.min(0.99, sizeOf(target) / total) }), 200) : null;
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      if (timer) clearInterval(timer);
      if (error) reject(error);
      else resolve();
    };
    worker.once('message', (message: { ok: boolean; code?: string; message?: string }) => {
      if (message.ok) finish(null);
      else finish(Object.assign(new Error(message.message ?? 'VACUUM INTO failed'), { code: message.code }));
    });
    worker.once('error', (error) => finish(error));
    worker.once('exit', (code) => finish(code === 0 ? null : new Error(`backup worker exited with ${code}`)));
  });
}

/** Copy the open ledger `db` (file `source`) to `target`, which must not exist yet. */
export async function copyLedger(db: DatabaseConnection, source: string, target: string, onProgress?: (p: CopyProgress) => void): Promise<void> {
  const password = passwordOf(db);
  if (password !== null) {
    await vacuumInWorker(source, password, target, onProgress);
  } else {
    await db.backup(target, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.({ fraction: totalPages === 0 ? 1 : (totalPages - remainingPages) / totalPages });
        return PAGES_PER_STEP;
      },
    });
  }
  onProgress?.({ fraction: 1 });
}
