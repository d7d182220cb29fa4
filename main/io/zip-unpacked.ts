/**
 * Zip-bomb guard, run on every zip (xlsx, ods) before a reader unpacks it: a few megabytes of
 * deflate can expand to gigabytes, and SheetJS unpacks every part into memory (a 3.5 MB test
 * bomb took 2.4 GB and 8 s, then read as "all sheets empty").
 *
 * Two limits: the whole file unpacks to at most maxUnpackedBytes, and no part expands more than
 * maxUnpackedRatio times its compressed size once it is past UNPACKED_RATIO_FLOOR (real workbooks
 * deflate about 7–15:1, a bomb 300–1000:1). The declared sizes are checked first (free); then each
 * deflated part is inflated once as a stream that counts and discards, and stopped as soon as it
 * passes its budget — a bomb may declare a small size and expand anyway, so the declared size
 * alone proves nothing. Cost: one native inflate pass (~0.3 s for a 70 MB-unpacked return).
 */
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import type { ByteSource } from './byte-source';
import { corruptError, tooLargeUnpackedError } from './read-errors';
import { entryDataStart, type ZipEntry } from './zip-directory';

export interface UnpackLimits {
  /** Total of every part, unpacked. */
  maxUnpackedBytes: number;
  /** Unpacked / compressed, per part above UNPACKED_RATIO_FLOOR. */
  maxUnpackedRatio: number;
}

/** Below this a part may expand at any ratio (a tiny part of repeated markup deflates 100:1). */
export const UNPACKED_RATIO_FLOOR = 16 * 1024 * 1024;

const CHUNK = 1024 * 1024;

class OverBudget extends Error {}

function partBudget(entry: ZipEntry, limits: UnpackLimits): number {
  return Math.max(UNPACKED_RATIO_FLOOR, entry.compressedSize * limits.maxUnpackedRatio);
}

/** Bytes the entry really inflates to, or budget + 1 as soon as it passes the budget. */
async function inflatedSize(source: ByteSource, entry: ZipEntry, start: number, budget: number): Promise<number> {
  let count = 0;
  const compressed = async function* () {
    for (let at = 0; at < entry.compressedSize; at += CHUNK) yield source.readAt(start + at, Math.min(CHUNK, entry.compressedSize - at));
  };
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      count += chunk.length;
      done(count > budget ? new OverBudget() : null);
    },
  });
  try {
    await pipeline(compressed, createInflateRaw(), counter);
  } catch (error) {
    if (error instanceof OverBudget) return budget + 1;
    throw corruptError(source.fileName, error);
  }
  return count;
}

/** Refuses (import.too-large-unpacked) a zip that unpacks beyond the limits; corrupt deflate data → import.corrupt. */
export async function checkUnpackedSize(source: ByteSource, entries: readonly ZipEntry[], limits: UnpackLimits): Promise<void> {
  const refuse = (part: string, unpackedBytes: number, limitBytes: number, declaredBytes: number) =>
    tooLargeUnpackedError(source.fileName, { part, unpackedBytes, limitBytes, declaredBytes });
  let declaredTotal = 0;
  for (const entry of entries) {
    const declared = entry.method === 0 ? Math.max(entry.compressedSize, entry.uncompressedSize) : entry.uncompressedSize;
    if (entry.method !== 0 && declared > partBudget(entry, limits)) throw refuse(entry.name, declared, partBudget(entry, limits), declared);
    declaredTotal += declared;
  }
  if (declaredTotal > limits.maxUnpackedBytes) throw refuse('*', declaredTotal, limits.maxUnpackedBytes, declaredTotal);
  let total = 0;
  for (const entry of entries) {
    if (entry.method !== 8) {
      total += entry.compressedSize;
      continue;
    }
    const start = entryDataStart(source, entry);
    if (start === null) throw corruptError(source.fileName, `local header of ${entry.name} missing`);
    const budget = Math.min(partBudget(entry, limits), limits.maxUnpackedBytes - total);
    const size = await inflatedSize(source, entry, start, budget);
    if (size > budget) throw refuse(entry.name, size, budget, entry.uncompressedSize);
    total += size;
  }
}
