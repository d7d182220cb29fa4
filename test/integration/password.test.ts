import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBackupFile } from '../../main/backup/backups';
import { looksEncrypted, isPlainSqlite } from '../../main/db/cipher';
import Database from '../../main/db/driver';
import { openLedger } from '../../main/db/open';
import { seedDemo } from '../../main/demo/seed-demo';
import { openService } from '../../main/service';
import { openGate } from '../../main/service-gate';
import { runCli, runCliWithEnv } from '../support/cli';
import { tempDir, tempLedger, type TempLedger } from '../support/temp-ledger';

const PASSWORD = '龙仙镇2024!';
let ledger: TempLedger;
beforeEach(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 20, seed: 3 });
});
afterEach(() => ledger.close());

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const households = (db: Database.Database) => (db.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n;

/** Open the file with the bare driver, no key: what anyone who copies it off the computer gets. */
function readWithoutKey(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    db.prepare('SELECT count(*) FROM households').get();
    return 'readable';
  } catch (error) {
    return (error as { code?: string }).code ?? 'error';
  } finally {
    db.close();
  }
}

async function setPassword(): Promise<void> {
  await ledger.call('ledger.setPassword', { password: PASSWORD });
  ledger.service.close();
}

describe('the ledger password', () => {
  it('encrypts the ledger file so that it cannot be read without the password', async () => {
    expect(await ledger.call('ledger.passwordState', {})).toEqual({ encrypted: false, locked: false });
    const before = households(ledger.service.db);
    expect(await ledger.call('ledger.setPassword', { password: PASSWORD })).toEqual({ encrypted: true, locked: false });
    // Still usable in this session, and still in WAL mode after the rekey.
    expect(households(ledger.service.db)).toBe(before);
    expect(ledger.service.db.pragma('journal_mode', { simple: true })).toBe('wal');
    ledger.service.close();
    expect(isPlainSqlite(ledger.path)).toBe(false);
    expect(looksEncrypted(ledger.path)).toBe(true);
    expect(readWithoutKey(ledger.path)).toBe('SQLITE_NOTADB');
    const reopened = await openLedger(ledger.path, { password: PASSWORD });
    expect(households(reopened.db)).toBe(before);
    reopened.db.close();
  });

  it('refuses to open without the password, or with a wrong one, in Chinese and without touching the file', async () => {
    await setPassword();
    const fileHash = hash(ledger.path);
    await expect(openLedger(ledger.path)).rejects.toMatchObject({ code: 'ledger.password-required', message: expect.stringContaining('已设置密码') });
    await expect(openLedger(ledger.path, { password: '龙仙镇2024' })).rejects.toMatchObject({ code: 'ledger.wrong-password', message: expect.stringContaining('密码不正确') });
    expect(hash(ledger.path)).toBe(fileHash);
  });

  it('changes the password only with the current one, and removes it', async () => {
    // No password yet: setting one needs none.
    await ledger.call('ledger.setPassword', { password: 'x' });
    expect(await ledger.fail('ledger.setPassword', { password: '新密码' })).toMatchObject({ code: 'ledger.current-password-required' });
    expect(await ledger.fail('ledger.setPassword', { current: '猜的', password: '新密码' })).toMatchObject({ code: 'ledger.wrong-password' });
    await ledger.call('ledger.setPassword', { current: 'x', password: '新密码' });
    ledger.service.close();
    await expect(openLedger(ledger.path, { password: 'x' })).rejects.toMatchObject({ code: 'ledger.wrong-password' });
    const reopened = await openService(ledger.path, { password: '新密码', dailyBackup: false });
    const result = await reopened.dispatch('ledger.setPassword', { current: '新密码', password: null });
    expect(result).toEqual({ ok: true, value: { encrypted: false, locked: false } });
    reopened.close();
    expect(isPlainSqlite(ledger.path)).toBe(true);
    expect(readWithoutKey(ledger.path)).toBe('readable');
  });

  it('keeps backups of an encrypted ledger encrypted, and restores from them with the password', async () => {
    await ledger.call('ledger.setPassword', { password: PASSWORD });
    const backup = await ledger.call('backup.create', {});
    expect(looksEncrypted(backup.path)).toBe(true);
    expect(readWithoutKey(backup.path)).toBe('SQLITE_NOTADB');
    expect(() => checkBackupFile(backup.path)).toThrow(/设置了密码/);
    expect(checkBackupFile(backup.path, [PASSWORD])).toMatchObject({ password: PASSWORD });
    const before = households(ledger.service.db);
    const first = (await ledger.call('households.list', { offset: 0, limit: 1 })).rows[0]!;
    await ledger.call('households.remove', { id: first.id });
    await ledger.call('backup.restore', { path: backup.path });
    expect(households(ledger.service.db)).toBe(before);
    expect((await ledger.call('households.get', { id: first.id })).household.status).toBe(first.status);
    expect(await ledger.call('ledger.passwordState', {})).toEqual({ encrypted: true, locked: false });
    // The restored ledger is encrypted on disk too.
    expect(readWithoutKey(ledger.path)).toBe('SQLITE_NOTADB');
  });

  it('asks for the old password to restore a backup made before the password was changed', async () => {
    await ledger.call('ledger.setPassword', { password: '旧密码' });
    const old = await ledger.call('backup.create', {});
    await ledger.call('ledger.setPassword', { current: '旧密码', password: PASSWORD });
    const refused = await ledger.fail('backup.restore', { path: old.path });
    expect(refused.code).toBe('backup.password-required');
    expect(refused.message).toContain('请输入做这份备份时的台账密码');
    expect(await ledger.fail('backup.restore', { path: old.path, password: '乱猜' })).toMatchObject({ code: 'backup.password-required' });
    await ledger.call('backup.restore', { path: old.path, password: '旧密码' });
    ledger.service.close();
    // The restored ledger has the backup's password.
    const reopened = await openLedger(ledger.path, { password: '旧密码' });
    expect(households(reopened.db)).toBeGreaterThan(0);
    reopened.db.close();
  });

  it('creates a new ledger already encrypted when a password is given', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'new.db');
      const opened = await openLedger(path, { password: PASSWORD });
      opened.db.close();
      expect(readWithoutKey(path)).toBe('SQLITE_NOTADB');
      // A password given for an existing plain ledger is ignored: it stays plain and opens.
      const plain = await openLedger(ledger.path, { password: 'whatever' });
      expect(plain.db.pragma('application_id', { simple: true })).not.toBe(0);
      plain.db.close();
    } finally {
      cleanup();
    }
  });
});

describe('the unlock gate (window and browser mode)', () => {
  it('answers nothing but the password state until the right password is given', async () => {
    await setPassword();
    const gate = await openGate(ledger.path, { dailyBackup: false });
    try {
      expect(gate.service()).toBeNull();
      expect(await gate.dispatch('ledger.passwordState', {})).toEqual({ ok: true, value: { encrypted: true, locked: true } });
      expect(await gate.dispatch('ledger.info', {})).toMatchObject({ ok: false, error: { code: 'ledger.locked' } });
      expect(await gate.dispatch('households.list', { offset: 0, limit: 10 })).toMatchObject({ ok: false, error: { code: 'ledger.locked' } });
      expect(await gate.dispatch('ledger.unlock', { password: 'nope' })).toMatchObject({ ok: false, error: { code: 'ledger.wrong-password', message: expect.stringContaining('密码不正确') } });
      expect(gate.service()).toBeNull();
      expect(await gate.dispatch('ledger.unlock', { password: PASSWORD })).toEqual({ ok: true, value: { encrypted: true, locked: false } });
      const info = await gate.dispatch('ledger.info', {});
      expect(info).toMatchObject({ ok: true, value: { counts: { households: expect.any(Number) } } });
    } finally {
      gate.close();
    }
  });
});

describe('the CLI with a password', () => {
  it('sets a password, then needs --password or SHOUDI_DB_PASSWORD for every command', async () => {
    ledger.service.close();
    const set = runCliWithEnv({ SHOUDI_NEW_DB_PASSWORD: PASSWORD }, 'password', '--db', ledger.path);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toContain('台账密码已设置');
    const locked = runCli('stats', '--db', ledger.path);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toContain('已设置密码');
    const wrong = runCli('stats', '--db', ledger.path, '--password', '错的');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('密码不正确');
    const viaOption = runCli('stats', '--db', ledger.path, '--password', PASSWORD, '--json');
    expect(viaOption.code, viaOption.stderr).toBe(0);
    expect(JSON.parse(viaOption.stdout)).toMatchObject({ households: 20 });
    const viaEnv = runCliWithEnv({ SHOUDI_DB_PASSWORD: PASSWORD }, 'stats', '--db', ledger.path, '--json');
    expect(JSON.parse(viaEnv.stdout)).toMatchObject({ households: 20 });
    const removed = runCli('password', '--db', ledger.path, '--password', PASSWORD, '--remove-password');
    expect(removed.code, removed.stderr).toBe(0);
    expect(readWithoutKey(ledger.path)).toBe('readable');
    const neither = runCli('password', '--db', ledger.path);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('--remove-password');
  });
});
