/**
 * Backups that cannot be trusted are refused, and the rotation is the clerk's setting:
 *   - a cut-off copy of a backup (a USB stick pulled, a copy killed) at several sizes: the restore
 *     check, the restore and opening it as a ledger all refuse it in Chinese, and nothing changes;
 *   - the rotation counts live in the ledger's settings and drive the automatic rotation.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { checkBackupFile, createBackup, dailyBackup, listBackups } from '../../main/backup/backups';
import { openLedger } from '../../main/db/open';
import { seedDemo } from '../../main/demo/seed-demo';
import { openService } from '../../main/service';
import { tempLedger, type TempLedger } from '../support/temp-ledger';

let ledger: TempLedger;
beforeEach(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 60, seed: 4 });
});
afterEach(() => ledger.close());

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const households = () => (ledger.service.db.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n;

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return { code: (error as ApiError).code, message: (error as ApiError).message };
  }
  throw new Error('expected a refusal');
}

/** Copies of `path` cut to: nothing, part of the header, one page, half, all but one page, one byte short. */
function cutCopies(path: string): { label: string; path: string }[] {
  const size = statSync(path).size;
  const sizes: [string, number][] = [
    ['0 字节', 0],
    ['50 字节', 50],
    ['一页', 4096],
    ['一半', Math.floor(size / 2 / 4096) * 4096],
    ['少一页', size - 4096],
    ['少一字节', size - 1],
  ];
  return sizes.map(([label, bytes], i) => {
    const copy = join(ledger.dir, `cut-${i}.db`);
    copyFileSync(path, copy);
    truncateSync(copy, bytes);
    return { label, path: copy };
  });
}

describe('a cut-off backup', () => {
  it('is refused by the restore check, by restore and when opened, at every size, and nothing changes', async () => {
    const backup = await createBackup(ledger.service.db, join(ledger.dir, '备份'), '手动');
    expect(statSync(backup.path).size).toBeGreaterThan(8 * 4096);
    expect(checkBackupFile(backup.path)).toMatchObject({ password: null });
    const before = households();
    const ledgerHash = hash(ledger.path);
    for (const cut of cutCopies(backup.path)) {
      const checked = refusal(() => checkBackupFile(cut.path));
      expect(checked.code, cut.label).toMatch(/^backup\./);
      expect(checked.message, cut.label).toMatch(/[\u4e00-\u9fff]/);
      expect(checked.message, cut.label).toContain(`cut-`);
      const restored = await ledger.fail('backup.restore', { path: cut.path });
      expect(restored.code, cut.label).toBe(checked.code);
      expect(households(), cut.label).toBe(before);
      const cutHash = hash(cut.path);
      await expect(openLedger(cut.path), cut.label).rejects.toBeInstanceOf(ApiError);
      expect(hash(cut.path), `${cut.label}: opening must not write to it`).toBe(cutHash);
    }
    expect(hash(ledger.path)).toBe(ledgerHash);
    // No safety backup was taken for a restore that was refused up front.
    expect(listBackups(join(ledger.dir, '备份')).filter((b) => b.reason === '恢复前')).toEqual([]);
  });

  it('names a cut-off file as incomplete rather than as a foreign file', async () => {
    const backup = await createBackup(ledger.service.db, join(ledger.dir, '备份'), '手动');
    const [empty, , , half] = cutCopies(backup.path);
    expect(refusal(() => checkBackupFile(empty!.path))).toMatchObject({ code: 'backup.empty-file', message: expect.stringContaining('是空的') });
    expect(refusal(() => checkBackupFile(half!.path))).toMatchObject({ code: 'backup.truncated', message: expect.stringContaining('不完整') });
    await expect(openLedger(empty!.path)).rejects.toMatchObject({ code: 'ledger.empty-file' });
  });

  it('is refused when it is an encrypted backup cut short', async () => {
    await ledger.call('ledger.setPassword', { password: '口令' });
    const backup = await ledger.call('backup.create', {});
    for (const cut of cutCopies(backup.path)) {
      const checked = refusal(() => checkBackupFile(cut.path, ['口令']));
      expect(checked.code, cut.label).toMatch(/^backup\./);
      expect(checked.message, cut.label).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('backup rotation as a setting', () => {
  it('defaults to 7 daily and 4 weekly, and keeps what the clerk set across restarts', async () => {
    expect(await ledger.call('backup.settings', {})).toEqual({ keepDaily: 7, keepWeekly: 4 });
    expect(await ledger.call('backup.updateSettings', { keepDaily: 3, keepWeekly: 1 })).toEqual({ keepDaily: 3, keepWeekly: 1 });
    ledger.service.close();
    const again = await openService(ledger.path, { dailyBackup: false });
    expect(await again.dispatch('backup.settings', {})).toEqual({ ok: true, value: { keepDaily: 3, keepWeekly: 1 } });
    again.close();
  });

  it('refuses counts out of range and keeps the old ones', async () => {
    expect((await ledger.fail('backup.updateSettings', { keepDaily: 0, keepWeekly: 4 })).code).toBe('input.invalid');
    expect((await ledger.fail('backup.updateSettings', { keepDaily: 7, keepWeekly: 53 })).code).toBe('input.invalid');
    expect(await ledger.call('backup.settings', {})).toEqual({ keepDaily: 7, keepWeekly: 4 });
  });

  it('rotates the automatic backups by the counts in the settings', async () => {
    await ledger.call('backup.updateSettings', { keepDaily: 3, keepWeekly: 2 });
    const dir = join(ledger.dir, 'rotation');
    const start = new Date(2023, 6, 1, 9, 0, 0);
    for (let day = 0; day < 40; day++) {
      // Backups of the earlier days, as if the app had run each day.
      await createBackup(ledger.service.db, dir, '每日', new Date(start.getTime() + day * 86_400_000));
    }
    await createBackup(ledger.service.db, dir, '手动', new Date(start.getTime() + 3 * 86_400_000));
    // The next day's start-of-day backup applies the rotation.
    expect(await dailyBackup(ledger.service.db, dir, new Date(start.getTime() + 40 * 86_400_000))).not.toBeNull();
    const left = listBackups(dir);
    const daily = left.filter((b) => b.reason === '每日').map((b) => b.createdAt.slice(0, 10));
    expect(daily).toHaveLength(5);
    expect(daily.slice(0, 3)).toEqual(['2023-08-10', '2023-08-09', '2023-08-08']);
    expect(left.filter((b) => b.reason === '手动')).toHaveLength(1);
    expect(existsSync(left[0]!.path)).toBe(true);
  });
});

describe('a ledger whose WAL still holds its latest pages', () => {
  it('is not mistaken for a cut-off file: SQLite recovers it from the WAL', async () => {
    const db = ledger.service.db;
    db.pragma('wal_autocheckpoint = 0');
    const before = households();
    const copy = join(ledger.dir, 'live.db');
    // A copy of the main file from before the growth, with the WAL that holds the growth: the
    // header claims fewer pages than the WAL brings, as after a crash mid-checkpoint.
    db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(ledger.path, copy);
    growMembers(db, 5000);
    copyFileSync(`${ledger.path}-wal`, `${copy}-wal`);
    truncateSync(copy, Math.max(4096, statSync(copy).size - 4096));
    const opened = await openLedger(copy).catch((error: unknown) => error);
    // Whatever SQLite makes of it, the refusal is never the cut-off-file one.
    if (opened instanceof ApiError) expect(opened.code).not.toMatch(/truncated|empty-file/);
    else (opened as Awaited<ReturnType<typeof openLedger>>).db.close();
    expect(households()).toBe(before);
    expect((db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n).toBeGreaterThan(5000);
  });
});

/** Many members at once inside the write guard (test support only; see test/support/bulk-ledger.ts). */
function growMembers(db: TempLedger['service']['db'], count: number): void {
  const household = (db.prepare('SELECT id FROM households LIMIT 1').get() as { id: number }).id;
  db.transaction(() => {
    db.prepare('INSERT INTO write_guard (change_set_id) VALUES (0)').run();
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO members (household_id, id_no, name, relation, created_at, updated_at)
       SELECT ?, '8' || printf('%017d', i), '成员' || i, '之子', '2024-01-01 00:00:00', '2024-01-01 00:00:00' FROM n`,
    ).run(count - 1, household);
    db.prepare('DELETE FROM write_guard').run();
  })();
}
