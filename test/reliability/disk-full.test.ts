/**
 * A full disk: a write that does not fit must fail through the dispatcher as `ledger.disk-full`
 * with a Chinese message, leave no trace of itself, and lose nothing committed before it; once
 * there is room again the same write succeeds without restarting.
 * Two ways to fill the disk: SQLite's PRAGMA max_page_count on the service's connection (portable,
 * always runs), and a real 8 MB tmpfs (needs mount rights; skipped where mounting fails).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ApiErrorShape } from '../../shared/api/errors';
import { seedDemo } from '../../main/demo/seed-demo';
import type { Db } from '../../main/db/open';
import { openLedger } from '../../main/db/open';
import { openService, type LedgerService } from '../../main/service';
import { checkFile, ledgerDigest } from '../support/crash-harness';
import { base64, demoHouseholds, returnSheet, returnTable, returnXlsx } from '../support/member-returns';
import { tempDir } from '../support/temp-ledger';

const work = tempDir('shoudi-disk-full-');
afterAll(() => work.cleanup());

let service: LedgerService | null = null;
afterEach(() => {
  service?.close();
  service = null;
});

interface Edit {
  id: number;
  name: string;
}

/** members.update with ever longer names until one fails; returns the acknowledged edits and the failure. */
async function editUntilFull(svc: LedgerService, limit: number): Promise<{ done: Edit[]; failed: Edit; error: ApiErrorShape }> {
  const ids = (svc.db.prepare('SELECT id FROM members ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  const done: Edit[] = [];
  for (let i = 0; i < limit; i++) {
    const edit = { id: ids[i % ids.length] as number, name: `满盘测试${i}${'长'.repeat(150)}` };
    const result = await svc.dispatch('members.update', { id: edit.id, patch: { name: edit.name } });
    if (!result.ok) return { done, failed: edit, error: result.error };
    done.push(edit);
  }
  throw new Error(`the disk never filled in ${limit} edits`);
}

/** Every acknowledged edit has its change set and history row; the latest one per member is current. */
function expectEditsKept(db: Db, done: Edit[], failed?: Edit): void {
  const history = db.prepare("SELECT count(*) AS n FROM history WHERE table_name = 'members' AND field = 'name' AND record_id = ? AND new_value = ?");
  for (const edit of done) expect((history.get(edit.id, JSON.stringify(edit.name)) as { n: number }).n).toBe(1);
  const latest = new Map(done.map((e) => [e.id, e.name]));
  const name = db.prepare('SELECT name FROM members WHERE id = ?');
  for (const [id, expected] of latest) expect((name.get(id) as { name: string }).name).toBe(expected);
  if (!failed) return;
  expect((history.get(failed.id, JSON.stringify(failed.name)) as { n: number }).n).toBe(0);
  expect((name.get(failed.id) as { name: string }).name).toEqual(latest.get(failed.id) ?? expect.not.stringContaining('满盘测试'));
}

function expectDiskFull(error: ApiErrorShape): void {
  expect(error).toMatchObject({ code: 'ledger.disk-full', details: { sqliteCode: 'SQLITE_FULL' } });
  expect(error.message).toMatch(/磁盘空间已满/);
}

async function stagedReturn(svc: LedgerService): Promise<string> {
  const { town, households } = demoHouseholds(400, 21);
  const bytes = await returnXlsx(returnSheet(returnTable(town, households)));
  const staged = await svc.dispatch('imports.stage', { fileName: '满盘测试.xlsx', contentBase64: base64(bytes) });
  if (!staged.ok) throw new Error(staged.error.message);
  return (staged.value as { sessionId: string }).sessionId;
}

describe('a full disk', () => {
  it('refuses a write beyond PRAGMA max_page_count as ledger.disk-full and keeps everything committed before', async () => {
    const path = join(work.dir, 'max-pages.db');
    service = await openService(path, { actor: '测试员' });
    seedDemo(service.db, { households: 60, seed: 4 });
    const sessionId = await stagedReturn(service);
    const pages = service.db.pragma('page_count', { simple: true }) as number;
    service.db.pragma(`max_page_count = ${pages + 8}`);

    const { done, failed, error } = await editUntilFull(service, 20_000);
    expectDiskFull(error);
    expect(done.length).toBeGreaterThan(0);
    expectEditsKept(service.db, done, failed);
    const afterFailure = ledgerDigest(service.db);

    const members = (service.db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
    const commit = await service.dispatch('imports.commit', { sessionId });
    expect(commit.ok).toBe(false);
    if (!commit.ok) expectDiskFull(commit.error);
    expect(service.db.prepare('SELECT count(*) AS n FROM members').get()).toEqual({ n: members });
    expect(service.db.prepare('SELECT count(*) AS n FROM import_batches').get()).toEqual({ n: 0 });
    expect(ledgerDigest(service.db)).toBe(afterFailure);

    service.db.pragma('max_page_count = 1073741823');
    const retry = await service.dispatch('members.update', { id: failed.id, patch: { name: failed.name } });
    expect(retry.ok).toBe(true);
    const retried = ledgerDigest(service.db);
    service.close();
    service = null;

    expect(checkFile(path)).toEqual({ integrity: 'ok', foreignKeyProblems: 0 });
    const { db } = await openLedger(path);
    expect(ledgerDigest(db)).toBe(retried);
    db.close();
    console.log(`max_page_count: ${done.length} edits fitted in ${pages + 8} pages; the next edit and a 400-household import commit were refused as ledger.disk-full`);
  });

  it('refuses the write that finds a real (8 MB tmpfs) disk full as ledger.disk-full, loses nothing, and works again once there is room', async ({ skip }) => {
    const mountPoint = join(work.dir, 'tmpfs');
    try {
      mkdirSync(mountPoint, { recursive: true });
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mountPoint], { stdio: 'ignore' });
    } catch {
      skip('cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN)');
      return;
    }
    try {
      const path = join(mountPoint, 'ledger.db');
      service = await openService(path, { actor: '测试员' });
      seedDemo(service.db, { households: 60, seed: 4 });
      service.db.pragma('wal_checkpoint(TRUNCATE)');
      const filler = join(mountPoint, 'filler.bin');
      const free = statfsSync(mountPoint).bavail * statfsSync(mountPoint).bsize;
      writeFileSync(filler, Buffer.alloc(Math.max(0, free - 256 * 1024)));

      const { done, failed, error } = await editUntilFull(service, 20_000);
      expectDiskFull(error);
      expectEditsKept(service.db, done, failed);
      const afterFailure = ledgerDigest(service.db);
      expect(checkFile(path)).toEqual({ integrity: 'ok', foreignKeyProblems: 0 });
      // Starting the app again on the full disk: it either opens or refuses in Chinese, and changes nothing.
      try {
        const other = await openService(path, { actor: '测试员' });
        other.close();
      } catch (refusal) {
        expect((refusal as Error).message).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(ledgerDigest(service.db)).toBe(afterFailure);

      rmSync(filler);
      const retry = await service.dispatch('members.update', { id: failed.id, patch: { name: failed.name } });
      expect(retry.ok).toBe(true);
      service.close();
      service = null;
      const { db } = await openLedger(path);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expectEditsKept(db, [...done, failed]);
      expect(ledgerDigest(db)).not.toBe(afterFailure);
      db.close();
      console.log(`tmpfs: ${done.length} edits fitted in the last 256 KB; the next one was refused as ledger.disk-full`);
    } finally {
      service?.close();
      service = null;
      // Lazy: openService leaves its connection open when the start-of-day backup fails (main/service.ts).
      execFileSync('umount', ['-l', mountPoint]);
    }
  });
});
