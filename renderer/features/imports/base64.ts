/**
 * Base64 for workbook uploads (imports.stage) and downloads (错误回执).
 *
 * A village workbook can be tens of MB. `String.fromCharCode(...bytes)` on the whole file overflows
 * the call stack, and one long synchronous loop freezes the window (no progress, no 取消). So the
 * bytes are encoded in batches whose length is a multiple of 3 — base64 of 3-byte-aligned pieces
 * concatenates to the base64 of the whole — yielding to the event loop between batches.
 */

/** Bytes per String.fromCharCode call: far below any engine's argument limit. */
const CHARS_PER_CALL = 8192;
/** Bytes encoded per event-loop turn (a multiple of 3, about 1.5 MB). */
export const BYTES_PER_TURN = 3 * 8192 * 64;

/** Base64 of a piece of bytes, synchronously; callers keep pieces small (see BYTES_PER_TURN). */
export function encodeBase64Piece(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHARS_PER_CALL) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHARS_PER_CALL));
  }
  return btoa(binary);
}

export interface EncodeOptions {
  /** Fraction done, 0–1, after each batch. */
  onProgress?(fraction: number): void;
  /** Aborting rejects with the signal's reason before the next batch. */
  signal?: AbortSignal;
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function encodeBase64(bytes: Uint8Array, options: EncodeOptions = {}): Promise<string> {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += BYTES_PER_TURN) {
    options.signal?.throwIfAborted();
    parts.push(encodeBase64Piece(bytes.subarray(start, start + BYTES_PER_TURN)));
    options.onProgress?.(Math.min(1, (start + BYTES_PER_TURN) / bytes.length));
    await nextTurn();
  }
  options.signal?.throwIfAborted();
  return parts.join('');
}

export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
