/**
 * Backups of the ledger with the SQLite backup API (never a file copy of the open database):
 * automatic at start (at most once a day), before every import commit, migration and restore;
 * rotated to the last 7 daily and 4 weekly automatic copies (configurable in settings); "备份到…"
 * a chosen folder; restore from a checked backup file after backing up the current ledger.
 *
 * The copy runs stepwise or in a worker (copy-ledger.ts), so a large ledger does not freeze the
 * window or the browser-mode server while it runs; a backup of an encrypted ledger is encrypted
 * with the same password. Rotation counts are ledger settings (backup-settings.ts).
 */
import { applyPassword, looksEncrypted } from '../db/cipher';
import Database from '../db/driver';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { fileTimestamp } from '../../shared/domain/periods';
import { APPLICATION_ID, MIGRATIONS, refuseIncompleteFile, type Db } from '../db/open';
import { readRotation } from './backup-settings';
import { copyLedger, type CopyProgress } from './copy-ledger';

export type BackupReason = '每日' | '导入前' | '恢复前' | '手动' | '升级前';

export interface BackupEntry {
  path: string;
  fileName: string;
  reason: string;
  createdAt: string;
  bytes: number;
}

const NAME_RE = /^shoudi-(\d{8})-(\d{6})-(.+)\.db$/;

export function backupDirFor(ledgerPath: string): string {
  return join(dirname(ledgerPath), '备份');
}

export function listBackups(dir: string): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((fileName) => ({ fileName, m: NAME_RE.exec(fileName) }))
    .filter((x): x is { fileName: string; m: RegExpExecArray } => x.m !== null)
    .map(({ fileName, m }) => {
      const [d, t] = [m[1] as string, m[2] as string];
      return {
        path: join(dir, fileName),
        fileName,
        reason: m[3] as string,
        createdAt: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)} ${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}`,
        bytes: statSync(join(dir, fileName)).size,
      };
    })
    .sort((a, b) => b.fileName.localeCompare(a.fileName));
}

/** Copy the open ledger to `dir`; written to a temp name, then renamed. */
export async function createBackup(db: Db, dir: string, reason: BackupReason, now = new Date(), onProgress?: (p: CopyProgress) => void): Promise<BackupEntry> {
  mkdirSync(dir, { recursive: true });
  const fileName = `shoudi-${fileTimestamp(now)}-${reason}.db`;
  const target = join(dir, fileName);
  const partial = `${target}.partial`;
  try {
    rmSync(partial, { force: true });
    await copyLedger(db, db.name, partial, onProgress);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    const code = (error as { code?: string }).code;
    if (code === 'ENOSPC' || code === 'SQLITE_FULL') throw new ApiError('backup.disk-full', `备份失败：“${dir}”所在磁盘空间不足。台账本身未受影响`, { dir });
    throw new ApiError('backup.failed', `备份到“${dir}”失败：${(error as Error).message}。台账本身未受影响`, { dir });
  }
  return listBackups(dir).find((b) => b.fileName === fileName) as BackupEntry;
}

/** ISO week key (YYYY-Www) of a 'YYYY-MM-DD HH:MM:SS' time. */
function weekKey(createdAt: string): string {
  const d = new Date(`${createdAt.slice(0, 10)}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Keep the newest automatic backup of each of the last `keepDaily` days and of each of the last
 * `keepWeekly` weeks beyond them; delete the other automatic ones. Manual backups are never deleted.
 */
export function rotateBackups(dir: string, keepDaily = 7, keepWeekly = 4): string[] {
  removeInterrupted(dir);
  const automatic = listBackups(dir).filter((b) => b.reason !== '手动');
  const keep = new Set<string>();
  const days = new Map<string, BackupEntry>();
  for (const b of automatic) if (!days.has(b.createdAt.slice(0, 10))) days.set(b.createdAt.slice(0, 10), b);
  const dayList = [...days.values()];
  dayList.slice(0, keepDaily).forEach((b) => keep.add(b.fileName));
  const weeks = new Map<string, BackupEntry>();
  for (const b of dayList.slice(keepDaily)) if (!weeks.has(weekKey(b.createdAt))) weeks.set(weekKey(b.createdAt), b);
  [...weeks.values()].slice(0, keepWeekly).forEach((b) => keep.add(b.fileName));
  const removed: string[] = [];
  for (const b of automatic) {
    if (!keep.has(b.fileName)) {
      rmSync(b.path, { force: true });
      removed.push(b.fileName);
    }
  }
  return removed;
}

/** Rotate with the counts the ledger's settings hold. */
export function rotateWithSettings(db: Db, dir: string): string[] {
  const rotation = readRotation(db);
  return rotateBackups(dir, rotation.keepDaily, rotation.keepWeekly);
}

/** A backup killed mid-way leaves `*.partial` files (never under a backup's name): clear them. */
function removeInterrupted(dir: string): void {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (/\.partial(-journal|-wal|-shm)?$/.test(name)) rmSync(join(dir, name), { force: true });
}

/** Take the start-of-day backup unless one from today exists. */
export async function dailyBackup(db: Db, dir: string, now = new Date()): Promise<BackupEntry | null> {
  const today = fileTimestamp(now).slice(0, 8);
  if (listBackups(dir).some((b) => b.fileName.startsWith(`shoudi-${today}`))) return null;
  const entry = await createBackup(db, dir, '每日', now);
  rotateWithSettings(db, dir);
  return entry;
}

/**
 * Check that a file is a complete, healthy Shoudi ledger this app can open; Chinese message if not.
 * An encrypted backup is opened with the first of `passwords` that fits (the current ledger's
 * password, then one the clerk typed); the one that fitted is returned.
 */
export function checkBackupFile(path: string, passwords: readonly string[] = []): { version: number; password: string | null } {
  const name = basename(path);
  try {
    refuseIncompleteFile(path, name);
  } catch (error) {
    if (error instanceof ApiError) throw new ApiError(error.code.replace('ledger.', 'backup.'), error.message.replace('未作任何改动。请改用其他备份恢复', '不能用来恢复'), error.details);
    throw error;
  }
  let db: Database.Database | null = null;
  let password: string | null = null;
  try {
    if (looksEncrypted(path)) {
      password = passwords.find((candidate) => opensWith(path, candidate)) ?? null;
      if (password === null) {
        throw new ApiError(
          'backup.password-required',
          passwords.length > 1 ? `“${name}”设置了密码，输入的密码不对，没有恢复` : `“${name}”设置了密码，且与当前台账的密码不同（可能是修改密码之前的备份）：请输入做这份备份时的台账密码`,
        );
      }
    }
    db = new Database(path, { readonly: true, fileMustExist: true });
    if (password !== null) applyPassword(db, password);
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) throw new ApiError('backup.not-a-ledger', `“${name}”不是守底台账的备份文件`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) throw new ApiError('backup.newer', `“${name}”由更新版本的守底台账创建，请先升级程序再恢复`);
    const check = db.pragma('integrity_check', { simple: true }) as string;
    if (check !== 'ok') throw new ApiError('backup.corrupt', `“${name}”已损坏（完整性检查未通过），不能用来恢复`);
    return { version, password };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('backup.unreadable', `无法读取“${name}”：它不是有效的台账备份文件（或已损坏）`, { cause: (error as Error).message });
  } finally {
    db?.close();
  }
}

function opensWith(path: string, password: string): boolean {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    applyPassword(db, password);
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}
