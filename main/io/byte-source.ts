/**
 * The bytes of an imported file, from a path or from memory, behind one interface so sniffing can
 * read a few bytes (the head, a zip's central directory) without loading a 200 MB file, and the
 * streaming reader can stream it. Reads at an offset are synchronous and small; whole-file reads
 * and hashing are asynchronous.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { ApiError } from '../../shared/api/errors';

export type WorkbookInput = { path: string } | { bytes: Uint8Array; fileName: string };

export interface ByteSource {
  fileName: string;
  size: number;
  /** Up to `length` bytes from `offset` (fewer at the end of the file). */
  readAt(offset: number, length: number): Uint8Array;
  readAll(): Promise<Uint8Array>;
  stream(): Readable;
  sha256(): Promise<string>;
  close(): void;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function unreadable(fileName: string, cause: unknown): ApiError {
  return new ApiError(
    'import.unreadable',
    `无法打开文件“${fileName}”：文件不存在、已被移走，或没有读取权限。请确认文件位置后重新选择；如文件正在 Excel/WPS 中打开，请先关闭`,
    { fileName, cause: cause instanceof Error ? cause.message : String(cause) },
  );
}

function memorySource(bytes: Uint8Array, fileName: string): ByteSource {
  return {
    fileName,
    size: bytes.length,
    readAt: (offset, length) => bytes.subarray(Math.max(0, offset), Math.min(bytes.length, offset + length)),
    readAll: () => Promise.resolve(bytes),
    stream: () => Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]),
    sha256: () => Promise.resolve(sha256Of(bytes)),
    close: () => undefined,
  };
}

function fileSource(path: string): ByteSource {
  const fileName = basename(path);
  let size: number;
  let fd: number;
  try {
    size = statSync(path).size;
    fd = openSync(path, 'r');
  } catch (error) {
    throw unreadable(fileName, error);
  }
  let open = true;
  return {
    fileName,
    size,
    readAt(offset, length) {
      const start = Math.max(0, offset);
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - start)));
      const read = buffer.length === 0 ? 0 : readSync(fd, buffer, 0, buffer.length, start);
      return buffer.subarray(0, read);
    },
    async readAll() {
      try {
        return await readFile(path);
      } catch (error) {
        throw unreadable(fileName, error);
      }
    },
    stream: () => createReadStream(path),
    sha256: () =>
      new Promise((resolve, reject) => {
        const hash = createHash('sha256');
        createReadStream(path)
          .on('data', (chunk) => hash.update(chunk))
          .on('error', (error) => reject(unreadable(fileName, error)))
          .on('end', () => resolve(hash.digest('hex')));
      }),
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

export function openByteSource(input: WorkbookInput): ByteSource {
  return 'path' in input ? fileSource(input.path) : memorySource(input.bytes, input.fileName);
}
