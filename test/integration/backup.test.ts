import Database from '../../main/db/driver';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirFor, createBackup, listBackups, rotateBackups } from '../../main/backup/backups';
import { seedDemo } from '../../main/demo/seed-demo';
import { openService } from '../../main/service';
import { base64, demoHouseholds, returnTable, returnXlsx } from '../support/member-returns';
import { tempDir, tempLedger, type TempLedger } from '../support/temp-ledger';

let ledger: TempLedger;
beforeEach(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 30, seed: 2 });
});
afterEach(() => ledger.close());

const count = (db: Database.Database, sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe('backups', () => {
  it('takes one backup a day when a ledger with data opens, and none for an empty one', async () => {
    // The ledger was empty when tempLedger opened it; now it has data.
    const again = await openService(ledger.path);
    const third = await openService(ledger.path);
    const backups = listBackups(backupDirFor(ledger.path));
    expect(backups.filter((b) => b.reason === '每日')).toHaveLength(1);
    third.close();
    again.close();
    const { dir, cleanup } = tempDir();
    const empty = await openService(join(dir, 'empty.db'));
    expect(listBackups(backupDirFor(join(dir, 'empty.db')))).toHaveLength(0);
    empty.close();
    cleanup();
  });

  it('clears what an interrupted backup left behind when it rotates', async () => {
    const dir = join(ledger.dir, 'rotation-partial');
    mkdirSync(dir);
    writeFileSync(join(dir, 'shoudi-20230701-090000-每日.db.partial'), 'half a copy');
    writeFileSync(join(dir, 'shoudi-20230701-090000-每日.db.partial-journal'), 'journal');
    await createBackup(ledger.service.db, dir, '每日');
    rotateBackups(dir);
    expect(readdirSync(dir).filter((n) => n.includes('partial'))).toEqual([]);
  });

  it('backs up before every import commit', async () => {
    const { town, households } = demoHouseholds(3, 77);
    const table = returnTable(town, households).map((r, i) => (i === 0 ? r : r.map((c, j) => (j === 4 ? `Z${c}` : c))));
    const preview = await ledger.call('imports.stage', { fileName: '新户.xlsx', contentBase64: base64(await returnXlsx(table)) });
    await ledger.call('imports.commit', { sessionId: preview.sessionId });
    const before = listBackups(backupDirFor(ledger.path)).find((b) => b.reason === '导入前');
    expect(before).toBeDefined();
    const copy = new Database(before!.path, { readonly: true });
    expect(count(copy, 'SELECT count(*) AS n FROM households')).toBe(30);
    copy.close();
  });

  it('takes no backup for an import it refuses because of rejected rows', async () => {
    const { town, households } = demoHouseholds(2, 78);
    const table = returnTable(town, households);
    table[1]![table[0]!.indexOf('证件号码')] = '4.40229E+17';
    const preview = await ledger.call('imports.stage', { fileName: '有错.xlsx', contentBase64: base64(await returnXlsx(table)) });
    expect(await ledger.fail('imports.commit', { sessionId: preview.sessionId })).toMatchObject({ code: 'import.rows-rejected' });
    expect(listBackups(backupDirFor(ledger.path)).filter((b) => b.reason === '导入前')).toHaveLength(0);
  });

  it('keeps the last 7 daily and 4 weekly automatic backups and every manual one', async () => {
    const dir = join(ledger.dir, 'rotation');
    const start = new Date(2023, 6, 1, 9, 0, 0);
    for (let day = 0; day < 60; day++) {
      const at = new Date(start.getTime() + day * 86_400_000);
      await createBackup(ledger.service.db, dir, '每日', at);
      if (day % 10 === 0) await createBackup(ledger.service.db, dir, '手动', new Date(at.getTime() + 60_000));
    }
    rotateBackups(dir, 7, 4);
    const left = listBackups(dir);
    expect(left.filter((b) => b.reason === '手动')).toHaveLength(6);
    const daily = left.filter((b) => b.reason === '每日').map((b) => b.createdAt.slice(0, 10));
    expect(daily).toHaveLength(11);
    expect(daily.slice(0, 7)).toEqual(['2023-08-29', '2023-08-28', '2023-08-27', '2023-08-26', '2023-08-25', '2023-08-24', '2023-08-23']);
  });

  it('restores a backup exactly, after backing up the current ledger first', async () => {
    const saved = await ledger.call('backup.create', {});
    const member = (await ledger.call('members.list', { limit: 1 })).rows[0]!;
    await ledger.call('members.update', { id: member.id, patch: { ethnicity: '壮族' } });
    const result = await ledger.call('backup.restore', { path: saved.path });
    expect(result.safetyBackup.reason).toBe('恢复前');
    const { member: restored } = await ledger.call('members.byIdNo', { idNo: member.idNo });
    expect(restored.ethnicity).toBe(member.ethnicity);
    const safety = new Database(result.safetyBackup.path, { readonly: true });
    expect((safety.prepare('SELECT ethnicity FROM members WHERE id = ?').get(member.id) as { ethnicity: string }).ethnicity).toBe('壮族');
    safety.close();
    expect(ledger.service.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses to restore from a file that is not a healthy ledger backup, and changes nothing', async () => {
    const fake = join(ledger.dir, 'fake.db');
    writeFileSync(fake, 'not a database at all');
    const other = join(ledger.dir, 'other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE x (y)');
    db.close();
    const before = count(ledger.service.db, 'SELECT count(*) AS n FROM history');
    expect(await ledger.fail('backup.restore', { path: fake })).toMatchObject({ code: 'backup.unreadable', message: expect.stringContaining('fake.db') });
    expect(await ledger.fail('backup.restore', { path: other })).toMatchObject({ code: 'backup.not-a-ledger' });
    expect(count(ledger.service.db, 'SELECT count(*) AS n FROM history')).toBe(before);
  });

  it('backs up to a chosen folder such as a USB stick, and says so when the folder is missing', async () => {
    const usb = join(ledger.dir, 'U盘');
    mkdirSync(usb);
    const entry = await ledger.call('backup.saveTo', { folder: usb });
    expect(readdirSync(usb)).toEqual([entry.fileName]);
    expect(await ledger.fail('backup.saveTo', { folder: join(ledger.dir, '没插') })).toMatchObject({ code: 'backup.no-folder', message: expect.stringContaining('U 盘') });
  });
});
