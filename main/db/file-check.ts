/**
 * Is a plain ledger file complete? A copy or backup that was cut off (a USB stick pulled, a copy
 * killed half-way) is shorter than its own header says; SQLite would open it, and a file cut to
 * zero bytes would even open as a brand-new empty ledger. Both are refused before opening.
 *
 * The SQLite header (https://sqlite.org/fileformat.html §1.3): page size at offset 16 (2 bytes,
 * 1 = 65536), file change counter at 24, page count at 28, version-valid-for at 92; the page count
 * is trustworthy only when version-valid-for equals the change counter.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';

export type Completeness = { complete: true } | { complete: false; reason: 'empty' | 'short-header' | 'short' ; bytes: number; expected: number };

export function plainFileCompleteness(path: string): Completeness {
  const bytes = statSync(path).size;
  if (bytes === 0) return { complete: false, reason: 'empty', bytes, expected: 0 };
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100) return { complete: false, reason: 'short-header', bytes, expected: 100 };
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  const valid = header.readUInt32BE(92) === header.readUInt32BE(24);
  const expected = valid ? pages * pageSize : pageSize;
  if (pageSize < 512 || bytes < expected || bytes % pageSize !== 0) return { complete: false, reason: 'short', bytes, expected };
  return { complete: true };
}
