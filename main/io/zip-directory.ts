/**
 * Reads a zip's central directory from the end of the file (a few KB, whatever the file size), to
 * tell xlsx from ods from docx without unpacking, to spot a truncated download (no end record),
 * and to check the entry order the ExcelJS stream reader depends on. ZIP64 end records are read,
 * and an entry's ZIP64 uncompressed size (a file can be small and still unpack to gigabytes).
 */
import { inflateRawSync } from 'node:zlib';
import type { ByteSource } from './byte-source';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** As declared by the central directory: a zip bomb may lie (zip-unpacked.ts checks). */
  uncompressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_TAIL = 22 + 0xffff;
const ZIP64_EXTRA = 0x0001;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(dv: DataView, at: number): number {
  return Number(dv.getBigUint64(at, true));
}

/** The ZIP64 uncompressed size from an entry's extra field (its first 8 bytes), if there is one. */
function zip64Size(dv: DataView, start: number, end: number): number | null {
  for (let at = start; at + 4 <= end; ) {
    const id = dv.getUint16(at, true);
    const length = dv.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA && length >= 8 && at + 12 <= end) return u64(dv, at + 4);
    at += 4 + length;
  }
  return null;
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
    const declared = dv.getUint32(at + 24, true);
    const extraStart = at + 46 + nameLength;
    entries.push({
      name: decoder.decode(cd.subarray(at + 46, at + 46 + nameLength)),
      method: dv.getUint16(at + 10, true),
      encrypted: (dv.getUint16(at + 8, true) & 1) === 1,
      compressedSize: dv.getUint32(at + 20, true),
      uncompressedSize: declared === 0xffffffff ? (zip64Size(dv, extraStart, Math.min(cd.length, extraStart + extraLength)) ?? declared) : declared,
      localOffset: dv.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed data starts (after its local header), or null when the header is not there. */
export function entryDataStart(source: ByteSource, entry: ZipEntry): number | null {
  const header = source.readAt(entry.localOffset, 30);
  if (header.length < 30 || view(header).getUint32(0, true) !== LOCAL) return null;
  return entry.localOffset + 30 + view(header).getUint16(26, true) + view(header).getUint16(28, true);
}

/** Small entries only: anything that unpacks beyond `maxBytes` is unreadable here (a bomb posing as `mimetype`). */
const SMALL_ENTRY_BYTES = 64 * 1024;

/** The bytes of one small entry (stored or deflated); null when unreadable or larger than maxBytes. */
export function readZipEntry(source: ByteSource, entry: ZipEntry, maxBytes = SMALL_ENTRY_BYTES): Uint8Array | null {
  const start = entryDataStart(source, entry);
  if (start === null) return null;
  const data = source.readAt(start, entry.compressedSize);
  try {
    if (entry.method === 0) return data.length <= maxBytes ? data : null;
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    return null;
  }
  return null;
}
