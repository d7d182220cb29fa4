/**
 * Restore the ledger from a backup file: check the file (a Shoudi ledger, integrity ok, not from
 * a newer app), back up the current ledger first, close it, copy the backup into place with the
 * backup API (to a temporary file, then an atomic rename), and reopen — migrating the restored
 * copy if it is older. If anything fails before the rename, the current ledger is reopened as it was.
 */
import Database from '../db/driver';
import { renameSync, rmSync } from 'node:fs';
import type { HandlerContext } from '../api/context';
import { openLedger } from '../db/open';
import { backupDirFor, checkBackupFile, createBackup, type BackupEntry } from './backups';

export interface RestoreResult {
  restoredFrom: string;
  safetyBackup: BackupEntry;
}

export async function restoreLedger(ctx: HandlerContext, backupPath: string): Promise<RestoreResult> {
  checkBackupFile(backupPath);
  const safetyBackup = await createBackup(ctx.db, backupDirFor(ctx.ledgerPath), '恢复前');
  const temp = `${ctx.ledgerPath}.restoring`;
  const source = new Database(backupPath, { readonly: true, fileMustExist: true });
  try {
    await source.backup(temp);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    source.close();
  }
  ctx.db.close();
  try {
    for (const suffix of ['-wal', '-shm']) rmSync(`${ctx.ledgerPath}${suffix}`, { force: true });
    renameSync(temp, ctx.ledgerPath);
  } finally {
    ctx.db = (await openLedger(ctx.ledgerPath, { backupDir: backupDirFor(ctx.ledgerPath) })).db;
  }
  return { restoredFrom: backupPath, safetyBackup };
}
