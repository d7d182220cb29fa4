/**
 * Reads a zip's central directory from the end of the file (a few KB, whatever the file size), to
 * tell xlsx from ods from docx without unpacking, to spot a truncated download (no end record),
 * and to check the entry order the ExcelJS stream reader depends on. ZIP64 end records are read.
 */
import { inflateRawSync } from 'node:zlib';
import type { ByteSource } from './byte-source';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_TAIL = 22 + 0xffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(dv: DataView, at: number): number {
  return Number(dv.getBigUint64(at, true));
}

/** Entries in central-directory order, or null when the end records are missing or inconsistent. */
export function listZipEntries(source: ByteSource): ZipEntry[] | null {
  const tailStart = Math.max(0, source.size - MAX_TAIL);
  const tail = source.readAt(tailStart, source.size - tailStart);
  const tv = view(tail);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tv.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = tv.getUint16(eocd + 10, true);
  let cdSize = tv.getUint32(eocd + 12, true);
  let cdOffset = tv.getUint32(eocd + 16, true);
  if ((cdOffset === 0xffffffff || count === 0xffff) && eocd >= 20 && tv.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const record = source.readAt(u64(tv, eocd - 20 + 8), 56);
    if (record.length < 56 || view(record).getUint32(0, true) !== ZIP64_EOCD) return null;
    count = u64(view(record), 32);
    cdSize = u64(view(record), 40);
    cdOffset = u64(view(record), 48);
  }
  if (cdOffset + cdSize > tailStart + eocd || cdSize > 64 * 1024 * 1024) return null;
  const cd = source.readAt(cdOffset, cdSize);
  const dv = view(cd);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cd.length || dv.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(cd.subarray(at + 46, at + 46 + nameLength)),
      method: dv.getUint16(at + 10, true),
      encrypted: (dv.getUint16(at + 8, true) & 1) === 1,
      compressedSize: dv.getUint32(at + 20, true),
      localOffset: dv.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of one small entry (stored or deflated); null when unreadable. */
export function readZipEntry(source: ByteSource, entry: ZipEntry): Uint8Array | null {
  const header = source.readAt(entry.localOffset, 30);
  if (header.length < 30 || view(header).getUint32(0, true) !== LOCAL) return null;
  const start = entry.localOffset + 30 + view(header).getUint16(26, true) + view(header).getUint16(28, true);
  const data = source.readAt(start, entry.compressedSize);
  try {
    if (entry.method === 0) return data;
    if (entry.method === 8) return inflateRawSync(data);
  } catch {
    return null;
  }
  return null;
}
