/**
 * A backup of a 1,000,000-member ledger must not freeze the window or the browser-mode server: the
 * copy runs stepwise (plain ledger) or in a worker thread (encrypted ledger), with progress events.
 *
 * The ledger is built with bulk INSERTs (test/support/bulk-ledger.ts). While `backup.create` runs
 * through the dispatcher, a 5 ms interval timer records the longest gap between its ticks — the
 * longest time the event loop was blocked — and perf_hooks' event-loop-delay histogram its max.
 * Asserted: the longest block stays under 500 ms (a behaviour bound: a clerk notices a frozen
 * window around there; a stepwise copy blocks for milliseconds), progress events rise to 1, and
 * the backup is complete. The figures are printed, never compared with a speed (habit 13).
 * Measured here (shared 2-core machine), 100 pages a step: plain 1,000,000 members (246 MB) longest
 * block 60 ms, the copy 1.7 s; encrypted 250,000 members in the worker 51 ms. Under heavy load from
 * other processes both rose to ~260–285 ms alike, so what blocks then is the busy machine.
 * SHOUDI_LARGE_BACKUP_MEMBERS overrides the size.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiEvents } from '../../shared/api/events';
import { checkBackupFile } from '../../main/backup/backups';
import { applyPassword } from '../../main/db/cipher';
import Database from '../../main/db/driver';
import { openService, type LedgerService } from '../../main/service';
import { bulkMembers } from '../support/bulk-ledger';
import { tempDir } from '../support/temp-ledger';

const MEMBERS = Number(process.env.SHOUDI_LARGE_BACKUP_MEMBERS ?? 1_000_000);
// The encrypted copy runs in a worker thread, so its size cannot block the event loop; a quarter
// of the members keeps the one-off encryption (a synchronous rekey of every page) short in CI.
const ENCRYPTED_MEMBERS = Math.ceil(MEMBERS / 4);
const BOUND_MS = 500;
const work = tempDir('shoudi-large-backup-');
afterAll(() => work.cleanup());

interface Measured {
  maxBlockMs: number;
  histogramMaxMs: number;
  elapsedMs: number;
  progress: number[];
  path: string;
}

/** Run backup.create through the dispatcher while watching the event loop. */
async function measuredBackup(service: LedgerService, progress: number[]): Promise<Measured> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  let maxBlockMs = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxBlockMs = Math.max(maxBlockMs, now - last);
    last = now;
  }, 5);
  histogram.enable();
  const started = performance.now();
  const result = await service.dispatch('backup.create', {});
  const elapsedMs = performance.now() - started;
  clearInterval(timer);
  histogram.disable();
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`);
  return { maxBlockMs, histogramMaxMs: histogram.max / 1e6, elapsedMs, progress, path: (result.value as { path: string }).path };
}

function memberCount(path: string, password: string | null): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    if (password) applyPassword(db, password);
    return (db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function largeLedger(name: string, members: number): Promise<{ service: LedgerService; progress: number[] }> {
  const progress: number[] = [];
  const service = await openService(join(work.dir, name), {
    dailyBackup: false,
    emit: (event, payload) => {
      if (event === 'backup.progress') progress.push((payload as ApiEvents['backup.progress']).fraction);
    },
  });
  const started = performance.now();
  bulkMembers(service.db, members);
  console.log(`bulk ledger ${name}: ${members} members in ${Math.round(performance.now() - started)} ms, ${(statSync(join(work.dir, name)).size / 1e6).toFixed(0)} MB (+WAL)`);
  return { service, progress };
}

function report(kind: string, members: number, m: Measured): void {
  const size = (statSync(m.path).size / 1e6).toFixed(0);
  console.log(
    `${kind} backup of ${members} members (${size} MB): longest event-loop block ${m.maxBlockMs.toFixed(1)} ms (histogram max ${m.histogramMaxMs.toFixed(1)} ms), ${Math.round(m.elapsedMs)} ms in all, ${m.progress.length} progress events`,
  );
}

function expectRisingProgress(progress: number[]): void {
  expect(progress.length).toBeGreaterThan(3);
  expect(progress.at(-1)).toBe(1);
  for (let i = 1; i < progress.length; i++) expect(progress[i]!).toBeGreaterThanOrEqual(progress[i - 1]!);
}

describe('a backup of a very large ledger', () => {
  it(`keeps the event loop responsive for a plain ledger of ${MEMBERS} members`, async () => {
    const { service, progress } = await largeLedger('plain.db', MEMBERS);
    try {
      const measured = await measuredBackup(service, progress);
      report('plain', MEMBERS, measured);
      expect(measured.maxBlockMs).toBeLessThan(BOUND_MS);
      expectRisingProgress(progress);
      expect(checkBackupFile(measured.path)).toMatchObject({ password: null });
      expect(memberCount(measured.path, null)).toBe(memberCount(service.db.name, null));
      expect(memberCount(measured.path, null)).toBeGreaterThanOrEqual(MEMBERS);
    } finally {
      service.close();
    }
  });

  it(`keeps the event loop responsive for an encrypted ledger of ${ENCRYPTED_MEMBERS} members`, async () => {
    const { service, progress } = await largeLedger('encrypted.db', ENCRYPTED_MEMBERS);
    try {
      const rekeyStarted = performance.now();
      await service.dispatch('ledger.setPassword', { password: '大台账' });
      console.log(`encrypting the ${ENCRYPTED_MEMBERS}-member ledger took ${Math.round(performance.now() - rekeyStarted)} ms (one-off, synchronous)`);
      const measured = await measuredBackup(service, progress);
      report('encrypted', ENCRYPTED_MEMBERS, measured);
      expect(measured.maxBlockMs).toBeLessThan(BOUND_MS);
      expectRisingProgress(progress);
      expect(memberCount(measured.path, '大台账')).toBe(memberCount(service.db.name, '大台账'));
      expect(() => memberCount(measured.path, null)).toThrow();
    } finally {
      service.close();
    }
  });
});
