/**
 * Restore the ledger from a backup file: check the file (complete, a Shoudi ledger, integrity ok,
 * not from a newer app; an encrypted one opened with the current password or the one the clerk
 * typed), back up the current ledger first, copy the backup to a temporary file beside the ledger
 * (copy-ledger.ts: stepwise, or in a worker for an encrypted one — it stays encrypted), close the
 * ledger, rename the copy into place atomically, and reopen — migrating the restored copy if it is
 * older. The restored ledger has the backup's password. If anything fails before the rename, the
 * current ledger is reopened as it was.
 */
import { renameSync, rmSync } from 'node:fs';
import type { HandlerContext } from '../api/context';
import { applyPassword, passwordOf } from '../db/cipher';
import Database from '../db/driver';
import { openLedger } from '../db/open';
import { backupDirFor, checkBackupFile, createBackup, type BackupEntry } from './backups';
import { copyLedger } from './copy-ledger';

export interface RestoreResult {
  restoredFrom: string;
  safetyBackup: BackupEntry;
}

export async function restoreLedger(ctx: HandlerContext, backupPath: string, typedPassword?: string): Promise<RestoreResult> {
  const current = passwordOf(ctx.db);
  const candidates = [current, typedPassword].filter((p): p is string => p !== null && p !== undefined && p !== '');
  const { password } = checkBackupFile(backupPath, candidates);
  const safetyBackup = await createBackup(ctx.db, backupDirFor(ctx.ledgerPath), '恢复前');
  const temp = `${ctx.ledgerPath}.restoring`;
  rmSync(temp, { force: true });
  const source = new Database(backupPath, { readonly: true, fileMustExist: true });
  try {
    if (password !== null) applyPassword(source, password);
    await copyLedger(source, backupPath, temp);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    source.close();
  }
  ctx.db.close();
  let renamed = false;
  try {
    for (const suffix of ['-wal', '-shm']) rmSync(`${ctx.ledgerPath}${suffix}`, { force: true });
    renameSync(temp, ctx.ledgerPath);
    renamed = true;
  } finally {
    // After the rename the file has the backup's password; before it, still the current one.
    const reopenWith = renamed ? (password ?? undefined) : (current ?? undefined);
    ctx.db = (await openLedger(ctx.ledgerPath, { backupDir: backupDirFor(ctx.ledgerPath), ...(reopenWith ? { password: reopenWith } : {}) })).db;
  }
  return { restoredFrom: backupPath, safetyBackup };
}
