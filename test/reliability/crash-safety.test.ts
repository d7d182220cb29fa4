/**
 * Crash safety: a child process (test/support/crash-child.ts, bundled) works on a real ledger
 * and is killed with SIGKILL at a seeded random moment; the ledger it leaves must pass
 * integrity_check, open through openLedger, and hold the interrupted work entirely or not at all.
 *   (a) an import commit (one transaction, one batch);
 *   (b) an edit burst through the dispatcher (one change set per edit);
 *   (c) a backup with better-sqlite3's backup API (the source stays unchanged; the copy is
 *       either complete or never opens as a partial ledger, and the restore check refuses it),
 *       and the same through the app's createBackup (never a partial file under a backup's name).
 * SHOUDI_KILLS (default 30) kills per scenario; SHOUDI_SEED replays a run's delays (printed);
 * SHOUDI_CRASH_HOUSEHOLDS sizes the import (default 6,000 households ≈ 22,000 member rows, a
 * 2–3 s commit, so 30 kills take under a minute on two cores; 27,000 households ≈ 100,000 rows
 * and an 8 s commit, about 7 s a kill). The whole file takes about three minutes by default.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { checkBackupFile, listBackups } from '../../main/backup/backups';
import { seedDemo } from '../../main/demo/seed-demo';
import { openLedger, type Db } from '../../main/db/open';
import { readWorkbook } from '../../main/io/read-workbook';
import { openService } from '../../main/service';
import { bundleChild } from '../support/child-bundles';
import { checkFile, ledgerDigest, runChild, seededRandom, tableCounts, type ChildRun } from '../support/crash-harness';
import { editValues } from '../support/crash-jobs';
import { demoHouseholds, returnSheet, returnTable, returnXlsx } from '../support/member-returns';
import { tempDir } from '../support/temp-ledger';

const KILLS = Number(process.env.SHOUDI_KILLS ?? 30);
const SEED = Number(process.env.SHOUDI_SEED ?? Date.now() % 2_147_483_647);
const IMPORT_HOUSEHOLDS = Number(process.env.SHOUDI_CRASH_HOUSEHOLDS ?? 6_000);
const EDITS = Number(process.env.SHOUDI_CRASH_EDITS ?? 3_000);
const LAYOUT = { title: '龙仙镇2023年7月家庭成员信息表', groupedHeader: true, footer: true };

const work = tempDir('shoudi-crash-');
const random = seededRandom(SEED);
let bundle: string;

beforeAll(async () => {
  console.log(`crash-safety: seed ${SEED} (replay with SHOUDI_SEED=${SEED}), ${KILLS} kills per scenario`);
  bundle = await bundleChild('crash-child');
});
afterAll(() => work.cleanup());

/** A ledger seeded through the app, checkpointed and closed, ready to be copied per kill. */
async function seededLedger(name: string, households: number, town: string): Promise<string> {
  const path = join(work.dir, name);
  const service = await openService(path, { actor: '测试员' });
  seedDemo(service.db, { households, seed: 11, town });
  service.db.pragma('wal_checkpoint(TRUNCATE)');
  service.close();
  return path;
}

function freshCopy(base: string, name: string): string {
  const path = join(work.dir, name);
  copyFileSync(base, path);
  return path;
}

function removeLedger(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

/** integrity_check and foreign keys on a fresh connection, then the app's own open; no change set lacks its history. */
async function reopen(path: string): Promise<Db> {
  expect(checkFile(path)).toEqual({ integrity: 'ok', foreignKeyProblems: 0 });
  const db = (await openLedger(path)).db;
  expect(db.prepare('SELECT count(*) AS n FROM change_sets c WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.change_set_id = c.id)').get()).toEqual({ n: 0 });
  return db;
}

const seen = (run: ChildRun, prefix: string) => run.lines.some((l) => l === prefix || l.startsWith(`${prefix} `));
const timeOf = (run: ChildRun, prefix: string) => run.at[run.lines.findIndex((l) => l === prefix || l.startsWith(`${prefix} `))] ?? Number.NaN;

function tally(phases: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of phases) out[p] = (out[p] ?? 0) + 1;
  return out;
}

describe('an import commit killed at a random moment', () => {
  let base: string;
  let workbookJson: string;
  let rows: number;
  let before: string;
  let after: string;
  let spawnToBegin: number;
  let commitMs: number;

  beforeAll(async () => {
    base = await seededLedger('import-base.db', 200, '坝仔镇');
    const { town, households } = demoHouseholds(IMPORT_HOUSEHOLDS);
    const table = returnTable(town, households);
    rows = table.length - 1;
    const workbook = await readWorkbook({ bytes: await returnXlsx(returnSheet(table, LAYOUT), LAYOUT), fileName: '龙仙镇7月.xlsx' });
    workbookJson = join(work.dir, 'workbook.json');
    writeFileSync(workbookJson, JSON.stringify(workbook));
    const calibration = freshCopy(base, 'import-calibration.db');
    const run = await runChild(bundle, { kind: 'import', ledger: calibration, workbookJson }, { from: 'spawn', delayMs: null });
    expect(run.exitCode, run.stderr + run.lines.join('\n')).toBe(0);
    const done = run.lines.find((l) => l.startsWith('done ')) ?? '';
    expect(JSON.parse(done.slice(5))).toMatchObject({ counts: { inserted: rows, rejected: 0 } });
    spawnToBegin = timeOf(run, 'begin');
    commitMs = timeOf(run, 'done') - spawnToBegin;
    const baseDb = await reopen(base);
    before = tableCounts(baseDb);
    baseDb.close();
    const afterDb = await reopen(calibration);
    after = tableCounts(afterDb);
    afterDb.close();
    removeLedger(calibration);
    console.log(`import: ${rows} member rows; spawn→commit start ${Math.round(spawnToBegin)} ms, commit ${Math.round(commitMs)} ms`);
  });

  it(`leaves the ledger intact and the batch all-or-nothing after ${KILLS} kills`, async () => {
    const phases: string[] = [];
    const started = performance.now();
    for (let k = 0; k < KILLS; k++) {
      const path = freshCopy(base, `import-${k}.db`);
      // From a little before the commit starts to a little after it ends.
      const delayMs = 0.7 * spawnToBegin + random() * (0.3 * spawnToBegin + 1.15 * commitMs);
      const run = await runChild(bundle, { kind: 'import', ledger: path, workbookJson }, { from: 'spawn', delayMs });
      expect(run.lines.filter((l) => l.startsWith('error')), run.stderr).toEqual([]);
      const db = await reopen(path);
      const counts = tableCounts(db);
      const members = (db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
      const batches = (db.prepare('SELECT count(*) AS n FROM import_batches').get() as { n: number }).n;
      db.close();
      removeLedger(path);
      expect([before, after], `kill ${k} after ${Math.round(delayMs)} ms`).toContain(counts);
      const committed = counts === after;
      expect(members).toBe(committed ? Number(/members=(\d+)/.exec(after)?.[1]) : Number(/members=(\d+)/.exec(before)?.[1]));
      expect(batches).toBe(committed ? 1 : 0);
      if (seen(run, 'done')) expect(committed).toBe(true);
      phases.push(!run.killed ? 'finished' : committed ? 'after-commit' : seen(run, 'begin') ? 'mid-commit' : 'before-commit');
    }
    const where = tally(phases);
    console.log(`import kills: ${JSON.stringify(where)} in ${Math.round((performance.now() - started) / 1000)} s (before/after: ${before} | ${after})`);
    if (KILLS >= 10) expect(where['mid-commit'] ?? 0).toBeGreaterThan(KILLS / 3);
  });
});

describe('an edit burst killed at a random moment', () => {
  let base: string;
  let memberIds: number[];
  let burstMs: number;

  /** Every edit change set whole and in order; the current values are those of the last change. */
  function checkEdits(path: string, acked: number, db: Db): number {
    const sets = (db.prepare("SELECT id FROM change_sets WHERE source = 'edit' ORDER BY id").all() as { id: number }[]).map((r) => r.id);
    expect(sets.length, path).toBeGreaterThanOrEqual(acked);
    expect(sets.length, path).toBeLessThanOrEqual(acked + 1);
    const history = db.prepare('SELECT record_id AS recordId, field, new_value AS value FROM history WHERE change_set_id = ? ORDER BY id');
    sets.forEach((id, i) => {
      const values = editValues(i);
      expect(history.all(id), `edit ${i}`).toEqual([
        { recordId: memberIds[i % memberIds.length], field: 'name', value: JSON.stringify(values.name) },
        { recordId: memberIds[i % memberIds.length], field: 'phone', value: JSON.stringify(values.phone) },
      ]);
    });
    const stale = db
      .prepare(
        `SELECT h.record_id, h.field, h.new_value, m.name, m.phone FROM history h JOIN members m ON m.id = h.record_id
         WHERE h.id IN (SELECT max(id) FROM history WHERE table_name = 'members' AND op = 'update' GROUP BY record_id, field)
           AND h.new_value IS NOT json_quote(CASE h.field WHEN 'name' THEN m.name WHEN 'phone' THEN m.phone END)`,
      )
      .all();
    expect(stale, path).toEqual([]);
    return sets.length;
  }

  beforeAll(async () => {
    base = await seededLedger('edits-base.db', 300, '江尾镇');
    const db = await reopen(base);
    memberIds = (db.prepare("SELECT id FROM members WHERE status = '在户' ORDER BY id").all() as { id: number }[]).map((r) => r.id);
    db.close();
    const calibration = freshCopy(base, 'edits-calibration.db');
    const run = await runChild(bundle, { kind: 'edits', ledger: calibration, count: EDITS }, { from: 'spawn', delayMs: null });
    expect(run.exitCode, run.stderr + run.lines.slice(-3).join('\n')).toBe(0);
    burstMs = timeOf(run, 'done') - timeOf(run, 'ready');
    const after = await reopen(calibration);
    expect(checkEdits(calibration, EDITS, after)).toBe(EDITS);
    after.close();
    removeLedger(calibration);
    console.log(`edits: ${EDITS} members.update over ${memberIds.length} members in ${Math.round(burstMs)} ms (${(burstMs / EDITS).toFixed(2)} ms each)`);
  });

  it(`keeps every acknowledged edit and never tears one, after ${KILLS} kills`, async () => {
    const committedEdits: number[] = [];
    for (let k = 0; k < KILLS; k++) {
      const path = freshCopy(base, `edits-${k}.db`);
      const delayMs = random() * 1.1 * burstMs;
      const run = await runChild(bundle, { kind: 'edits', ledger: path, count: EDITS }, { from: 'ready', delayMs });
      expect(run.lines.filter((l) => l.startsWith('error')), run.stderr).toEqual([]);
      const acked = run.lines.filter((l) => l.startsWith('ok ')).length;
      const db = await reopen(path);
      committedEdits.push(checkEdits(path, acked, db));
      db.close();
      removeLedger(path);
    }
    const mid = committedEdits.filter((n) => n > 0 && n < EDITS).length;
    console.log(`edit kills: ${mid} mid-burst, ${committedEdits.filter((n) => n === 0).length} before the first commit, ${committedEdits.filter((n) => n === EDITS).length} after the last; committed edits per kill: ${committedEdits.join(',')}`);
    if (KILLS >= 10) expect(mid).toBeGreaterThan(KILLS / 2);
  });
});

describe('a backup killed at a random moment', () => {
  let source: string;
  let sourceDigest: string;
  let sourceFileHash: string;
  let backupMs: number;
  const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

  /** What opening a copy gives: the whole ledger, an empty new ledger, or a refusal. */
  async function openCopy(path: string): Promise<string> {
    let db;
    try {
      db = (await openLedger(path)).db;
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toMatch(/^ledger\./);
      expect((error as ApiError).message).toMatch(/[\u4e00-\u9fff]/);
      return `refused:${(error as ApiError).code}`;
    }
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const households = (db.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n;
      if (households === 0) return 'opens-empty';
      expect(ledgerDigest(db), 'a backup that opens with data holds all of it').toBe(sourceDigest);
      return 'complete';
    } finally {
      db.close();
    }
  }

  /** The app's restore check (checkBackupFile) on a copy: 'accepted' or the refusal's code. */
  function restoreCheck(path: string): string {
    try {
      checkBackupFile(path);
      return 'accepted';
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).message).toMatch(/[\u4e00-\u9fff]/);
      return (error as ApiError).code;
    }
  }

  beforeAll(async () => {
    source = await seededLedger('backup-source.db', 3_000, '官渡镇');
    const db = await reopen(source);
    sourceDigest = ledgerDigest(db);
    db.close();
    sourceFileHash = fileHash(source);
    const dest = join(work.dir, 'backup-calibration.db');
    const run = await runChild(bundle, { kind: 'backup', ledger: source, dest, pagesPerStep: 1 }, { from: 'spawn', delayMs: null });
    expect(run.exitCode, run.stderr).toBe(0);
    backupMs = timeOf(run, 'done') - timeOf(run, 'begin');
    expect(await openCopy(dest)).toBe('complete');
    removeLedger(dest);
    console.log(`backup: ${(statSync(source).size / 1e6).toFixed(1)} MB ledger, one page per step, ${Math.round(backupMs)} ms`);
  });

  it(`leaves the source unchanged and never a partial copy that opens, after ${KILLS} kills`, async () => {
    const outcomes: string[] = [];
    for (let k = 0; k < KILLS; k++) {
      const dest = join(work.dir, `backup-${k}.db`);
      const delayMs = random() * 1.2 * backupMs;
      const run = await runChild(bundle, { kind: 'backup', ledger: source, dest, pagesPerStep: 1 }, { from: 'begin', delayMs });
      expect(run.lines.filter((l) => l.startsWith('error')), run.stderr).toEqual([]);
      const db = await reopen(source);
      expect(ledgerDigest(db)).toBe(sourceDigest);
      db.close();
      expect(fileHash(source)).toBe(sourceFileHash);
      if (!existsSync(dest)) {
        outcomes.push('no-file');
        continue;
      }
      // The copy as someone would carry it away (the .db alone), then with its rollback journal.
      const alone = join(work.dir, `backup-${k}-alone.db`);
      copyFileSync(dest, alone);
      const restore = restoreCheck(dest);
      const copies = `alone=${await openCopy(alone)} with-journal=${await openCopy(dest)}`;
      // The kill may land after the backup ended but before `done` was printed: judge by content.
      const phase = seen(run, 'done') ? 'finished' : copies.endsWith('with-journal=complete') ? 'finished-unannounced' : 'mid-backup';
      if (restore === 'accepted') expect(copies).toBe('alone=complete with-journal=complete');
      if (phase === 'finished') expect(`${restore} ${copies}`).toBe('accepted alone=complete with-journal=complete');
      const outcome = `${phase} restore-check=${restore} ${copies}`;
      outcomes.push(outcome);
      removeLedger(dest);
      removeLedger(alone);
    }
    console.log(`backup kills: ${JSON.stringify(tally(outcomes))}`);
    if (KILLS >= 10) expect(outcomes.filter((o) => o.startsWith('mid-backup')).length).toBeGreaterThan(KILLS / 3);
  });

  it(`never leaves a partial copy under a backup's name when createBackup is killed, after ${KILLS} kills`, async () => {
    const outcomes: string[] = [];
    for (let k = 0; k < KILLS; k++) {
      const dir = join(work.dir, `app-backups-${k}`);
      const delayMs = random() * 1.2 * backupMs;
      const run = await runChild(bundle, { kind: 'app-backup', ledger: source, dir }, { from: 'begin', delayMs });
      expect(run.lines.filter((l) => l.startsWith('error')), run.stderr).toEqual([]);
      const db = await reopen(source);
      expect(ledgerDigest(db)).toBe(sourceDigest);
      db.close();
      const listed = listBackups(dir);
      for (const backup of listed) {
        expect(restoreCheck(backup.path)).toBe('accepted');
        expect(await openCopy(backup.path)).toBe('complete');
      }
      const leftovers = existsSync(dir) ? readdirSync(dir).filter((f) => !listed.some((b) => b.fileName === f)) : [];
      // A leftover temporary copy: the restore check accepts it only when it is complete (the kill
      // came between the last page and the rename).
      let partial = 'none';
      for (const f of leftovers.filter((f) => f.endsWith('.partial'))) {
        partial = restoreCheck(join(dir, f));
        if (partial === 'accepted') expect(await openCopy(join(dir, f))).toBe('complete');
      }
      if (seen(run, 'done')) expect(listed).toHaveLength(1);
      const names = leftovers.map((f) => f.replace(/^.*?(\.partial.*)$/, '*$1')).join('+') || 'none';
      outcomes.push(`${seen(run, 'done') ? 'finished' : 'killed'} listed=${listed.length} leftovers=${names} restore-check-of-partial=${partial}`);
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`createBackup kills: ${JSON.stringify(tally(outcomes))}`);
    if (KILLS >= 10) expect(outcomes.filter((o) => o.startsWith('killed listed=0')).length).toBeGreaterThan(KILLS / 3);
  });
});
