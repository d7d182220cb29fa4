/**
 * The optional ledger password. An encrypted ledger is a SQLCipher v4 file (SQLite3 Multiple
 * Ciphers' `sqlcipher` scheme with `legacy=4`), so standard SQLCipher tools can open it too.
 *
 * Invariants:
 *   - the key is applied right after the connection opens, before anything reads the file;
 *   - a wrong key is found by reading sqlite_schema (SQLITE_NOTADB) and changes nothing;
 *   - set/change/remove is `PRAGMA rekey`, which SQLite3MC allows only outside WAL: the journal
 *     goes to DELETE for the rekey and back to WAL after it, in one synchronous call;
 *   - the password of an open connection is remembered beside it (never in the ledger, never on
 *     disk), because a backup copy of an encrypted ledger needs a second connection with it.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import type { DatabaseConnection } from './driver';

const PASSWORDS = new WeakMap<DatabaseConnection, string>();
const SQLITE_HEADER = 'SQLite format 3\u0000';

/** Longest password accepted (a passphrase, not a novel). */
export const MAX_PASSWORD_LENGTH = 128;

/** `PRAGMA key` / `rekey` text for a password, single quotes doubled (PRAGMA takes no parameters). */
function quoted(password: string): string {
  return `'${password.replace(/'/g, "''")}'`;
}

/** Key a freshly opened connection; reading fails afterwards if the password is wrong. */
export function applyPassword(db: DatabaseConnection, password: string): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`key = ${quoted(password)}`);
  PASSWORDS.set(db, password);
}

/** The password the connection was opened or last rekeyed with, or null for a plain ledger. */
export function passwordOf(db: DatabaseConnection): string | null {
  return PASSWORDS.get(db) ?? null;
}

/** The SQL that keys a connection (for a worker thread's own connection). */
export function keyPragmas(password: string): string[] {
  return ["cipher = 'sqlcipher'", 'legacy = 4', `key = ${quoted(password)}`];
}

/**
 * Set, change (`password` given) or remove (`null`) the password of an open ledger. Every page is
 * rewritten in one go; on failure SQLite keeps the old key and the journal goes back to WAL.
 */
export function rekeyLedger(db: DatabaseConnection, password: string | null): void {
  const journal = db.pragma('journal_mode', { simple: true }) as string;
  db.pragma('journal_mode = DELETE');
  try {
    if (password !== null && passwordOf(db) === null) {
      db.pragma("cipher = 'sqlcipher'");
      db.pragma('legacy = 4');
    }
    db.pragma(`rekey = ${quoted(password ?? '')}`);
    if (password === null) PASSWORDS.delete(db);
    else PASSWORDS.set(db, password);
  } finally {
    db.pragma(`journal_mode = ${journal === 'wal' ? 'WAL' : 'DELETE'}`);
  }
}

/** First 16 bytes of a file, or null when it has fewer. */
function fileHeader(path: string): string | null {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    return readSync(fd, buffer, 0, 16, 0) === 16 ? buffer.toString('latin1') : null;
  } finally {
    closeSync(fd);
  }
}

/** A plain SQLite file starts with its magic string. */
export function isPlainSqlite(path: string): boolean {
  return existsSync(path) && fileHeader(path) === SQLITE_HEADER;
}

/**
 * Whether a file looks like an encrypted ledger: no SQLite header, and whole pages (an encrypted
 * file is a run of 512…65536-byte pages with random-looking bytes from the first one on).
 * A random or truncated file that is not a whole number of pages is left to SQLite to refuse.
 */
export function looksEncrypted(path: string): boolean {
  if (!existsSync(path)) return false;
  const size = statSync(path).size;
  if (size < 512 || size % 512 !== 0) return false;
  return fileHeader(path) !== SQLITE_HEADER;
}
