/**
 * The one place that names the SQLite driver. Every module in main/ and test/ imports the Database
 * class and its types from here, so the driver can be swapped in one line.
 *
 * The driver is better-sqlite3-multiple-ciphers: better-sqlite3's API (same classes, same
 * synchronous calls) built with SQLite3 Multiple Ciphers, so a ledger file may carry a password
 * (SQLCipher v4 format, main/db/cipher.ts). Without a key it reads and writes plain SQLite files
 * exactly like better-sqlite3.
 */
import Database from 'better-sqlite3-multiple-ciphers';

export default Database;
export type Statement<BindParameters extends unknown[] | object = unknown[], Result = unknown> = Database.Statement<BindParameters, Result>;
export type DatabaseConnection = Database.Database;
