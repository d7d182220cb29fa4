/**
 * Opening a ledger file: pragmas, identity check, migrations.
 *
 * Flow: refuse a cut-off file (file-check.ts) -> open -> key the connection when the ledger has a
 * password (cipher.ts; a missing or wrong password is refused before anything is read or written)
 * -> refuse a file that is not a SQLite database or not a Shoudi ledger -> refuse a ledger newer
 * than this app (nothing is changed) -> if migrations are pending on an existing ledger, take a
 * backup copy first (backup/copy-ledger.ts; encrypted like the ledger) -> apply each pending migration in
 * its own transaction, bumping PRAGMA user_version inside it. The migration list is append-only:
 * a released file is never edited, a change is a new file at the end.
 */
import { copyLedger } from '../backup/copy-ledger';
import { applyPassword, isPlainSqlite, looksEncrypted } from './cipher';
import Database from './driver';
import { plainFileCompleteness } from './file-check';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { fileTimestamp } from '../../shared/domain/periods';
import { backfillSearchColumns } from './backfill-search';

export type Db = Database.Database;

/** Append-only, in order. user_version = number of applied entries. */
export const MIGRATIONS: readonly string[] = ['0001-initial.sql', '0002-imports.sql', '0003-income-policy-monitoring.sql', '0004-undo-redo.sql', '0005-income-sub-items.sql', '0006-employment.sql', '0007-checks.sql', '0008-search-columns.sql', '0009-ledger-profile.sql', '0010-department-lists.sql', '0011-dashboard-index.sql'];

/** Data steps that must follow a migration's SQL in the same transaction (computed in TypeScript). */
const MIGRATION_STEPS: Readonly<Record<string, (db: Db) => void>> = { '0008-search-columns.sql': backfillSearchColumns };

/** 'SHDI' — PRAGMA application_id of every Shoudi ledger (set by 0001-initial.sql). */
export const APPLICATION_ID = 1397245001;

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

export interface OpenOptions {
  /** Where pre-migration backups go; default: a `备份` folder beside the ledger. */
  backupDir?: string;
  /** Clock for backup file names (tests). */
  now?: () => Date;
  /**
   * The ledger's password. Required for an encrypted ledger; a new ledger is created encrypted
   * with it; ignored for an existing plain ledger (it stays plain until a password is set).
   */
  password?: string;
}

export interface OpenedLedger {
  db: Db;
  path: string;
  /** Backup taken before migrating, if any. */
  backupPath: string | null;
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
  db.pragma('busy_timeout = 5000');
  // 64 MiB of page cache instead of SQLite's 2 MB: a county ledger's indexes do not fit in 2 MB,
  // and a 100 000-row import or a sort over a million members then re-reads the same pages from
  // the OS (and decrypts them again when the ledger has a password). Bounded, so the server
  // stays well inside its memory budget.
  db.pragma('cache_size = -65536');
}

function readMigration(name: string): string {
  return readFileSync(new URL(name, MIGRATIONS_DIR), 'utf8');
}

function isEmptyDatabase(db: Db): boolean {
  const row = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").get() as { n: number };
  return row.n === 0;
}

/** Whether opening `path` needs a password: the file exists and is not plain SQLite. */
export function needsPassword(path: string): boolean {
  return path !== ':memory:' && looksEncrypted(path);
}

/**
 * Refuse a ledger file that was cut off (a half-written copy or backup) before SQLite opens it:
 * a zero-byte file would otherwise become a new empty ledger, a short one a damaged one.
 */
export function refuseIncompleteFile(path: string, name = basename(path)): void {
  if (path === ':memory:' || !existsSync(path)) return;
  // A WAL or a hot rollback journal beside the file means SQLite will recover it on open (a
  // ledger killed mid-checkpoint is shorter than its header says until then): leave it to SQLite.
  if (['-wal', '-journal'].some((suffix) => existsSync(`${path}${suffix}`) && statSync(`${path}${suffix}`).size > 0)) return;
  const plain = isPlainSqlite(path);
  const check = plainFileCompleteness(path);
  if (check.complete || (!plain && check.reason !== 'empty')) return;
  if (check.reason === 'empty') {
    throw new ApiError('ledger.empty-file', `文件“${name}”是空的（0 字节），可能是没有写完的复制或备份，未作任何改动。请改用其他备份恢复`, { path });
  }
  throw new ApiError(
    'ledger.truncated',
    `文件“${name}”不完整（只有 ${check.bytes} 字节，应至少有 ${check.expected} 字节），可能是复制或备份时被中断，未作任何改动。请改用其他备份恢复`,
    { path, bytes: check.bytes, expected: check.expected },
  );
}

function openRaw(path: string, password: string | undefined): Db {
  refuseIncompleteFile(path);
  const encrypted = needsPassword(path);
  if (encrypted && (password === undefined || password === '')) {
    throw new ApiError('ledger.password-required', `台账文件“${basename(path)}”已设置密码，请输入密码后打开`, { path });
  }
  const isNew = path !== ':memory:' && !existsSync(path);
  const key = password !== undefined && password !== '' && (encrypted || isNew) ? password : null;
  let db: Db | null = null;
  try {
    db = new Database(path, { fileMustExist: false });
    if (key !== null) applyPassword(db, key);
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db;
  } catch (error) {
    db?.close();
    const code = (error as { code?: string }).code ?? '';
    if (encrypted && code === 'SQLITE_NOTADB') {
      throw new ApiError('ledger.wrong-password', `密码不正确，台账“${basename(path)}”没有打开（文件未作任何改动）。请注意大小写和输入法的全角/半角后重试`, { path });
    }
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new ApiError('ledger.not-a-database', `文件“${basename(path)}”不是守底台账数据文件（或已损坏），未作任何改动`, { path, code });
    }
    if (code === 'SQLITE_CANTOPEN') {
      throw new ApiError('ledger.cannot-open', `无法打开台账文件“${path}”：请确认文件夹存在且有写入权限`, { path, code });
    }
    throw error;
  }
}

/** Open (creating if needed) and migrate a ledger. Throws ApiError with a Chinese message. */
export async function openLedger(path: string, options: OpenOptions = {}): Promise<OpenedLedger> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const existed = path !== ':memory:' && existsSync(path);
  const db = openRaw(path, options.password);
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (!isEmptyDatabase(db) && appId !== APPLICATION_ID) {
      throw new ApiError('ledger.not-a-ledger', `文件“${basename(path)}”是 SQLite 数据库，但不是守底台账，未作任何改动`, { path, appId });
    }
    if (version > MIGRATIONS.length) {
      throw new ApiError(
        'ledger.newer-than-app',
        `台账文件“${basename(path)}”由更新版本的守底台账创建（数据版本 ${version}，本程序只支持到 ${MIGRATIONS.length}）。请升级守底台账后再打开；文件未作任何改动。`,
        { path, version, supported: MIGRATIONS.length },
      );
    }
    applyPragmas(db);
    let backupPath: string | null = null;
    if (version < MIGRATIONS.length && existed && !isEmptyDatabase(db)) {
      const dir = options.backupDir ?? join(dirname(path), '备份');
      mkdirSync(dir, { recursive: true });
      // Named like every other backup (main/backup/backups.ts) so the backup list shows it.
      backupPath = join(dir, `shoudi-${fileTimestamp((options.now ?? (() => new Date()))())}-升级前.db`);
      await copyLedger(db, path, backupPath);
    }
    for (let index = version; index < MIGRATIONS.length; index++) {
      const name = MIGRATIONS[index] as string;
      const sql = readMigration(name);
      db.transaction(() => {
        db.exec(sql);
        MIGRATION_STEPS[name]?.(db);
        db.pragma(`user_version = ${index + 1}`);
      })();
    }
    return { db, path, backupPath };
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
