import Database from '../../main/db/driver';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, MIGRATIONS, openLedger } from '../../main/db/open';
import { tempDir } from '../support/temp-ledger';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});
function dir(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('opening a ledger', () => {
  it('creates a new ledger with every migration applied and the safety pragmas on', async () => {
    const path = join(dir(), 'new.db');
    const { db, backupPath } = await openLedger(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['admin_units', 'households', 'members', 'history', 'change_sets']));
    expect(backupPath).toBeNull();
    db.close();
  });

  it('re-opens an existing ledger without migrating or backing it up again', async () => {
    const d = dir();
    const path = join(d, 'ledger.db');
    (await openLedger(path)).db.close();
    const again = await openLedger(path);
    expect(again.backupPath).toBeNull();
    expect(again.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    again.db.close();
    expect(existsSync(join(d, '备份'))).toBe(false);
  });

  it('refuses a ledger made by a newer app, in Chinese, and leaves it untouched', async () => {
    const path = join(dir(), 'newer.db');
    (await openLedger(path)).db.close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${MIGRATIONS.length + 3}`);
    raw.close();
    await expect(openLedger(path)).rejects.toMatchObject({ code: 'ledger.newer-than-app', message: expect.stringContaining('升级守底台账') });
    const check = new Database(path);
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 3);
    check.close();
  });

  it('refuses a file that is not a database', async () => {
    const path = join(dir(), 'notes.db');
    writeFileSync(path, '这不是数据库'.repeat(200));
    await expect(openLedger(path)).rejects.toMatchObject({ code: 'ledger.not-a-database' });
  });

  it('refuses a SQLite database that is not a Shoudi ledger', async () => {
    const path = join(dir(), 'other.db');
    const other = new Database(path);
    other.exec('CREATE TABLE t (x)');
    other.close();
    await expect(openLedger(path)).rejects.toMatchObject({ code: 'ledger.not-a-ledger' });
  });

  it('backs up an existing ledger with pending migrations before migrating it', async () => {
    const d = dir();
    const path = join(d, 'old.db');
    // An older ledger: a Shoudi file at schema version 0 with data in it.
    const old = new Database(path);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.exec("CREATE TABLE legacy_note (text TEXT); INSERT INTO legacy_note VALUES ('旧数据')");
    old.close();
    const { db, backupPath } = await openLedger(path, { backupDir: join(d, 'bk') });
    db.close();
    expect(backupPath).not.toBeNull();
    expect(readdirSync(join(d, 'bk'))).toHaveLength(1);
    const backup = new Database(backupPath!);
    expect(backup.prepare('SELECT text FROM legacy_note').get()).toEqual({ text: '旧数据' });
    expect(backup.pragma('user_version', { simple: true })).toBe(0);
    backup.close();
  });
});
