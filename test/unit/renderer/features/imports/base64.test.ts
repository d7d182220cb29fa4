import { describe, expect, it } from 'vitest';
import { BYTES_PER_TURN, decodeBase64, encodeBase64, encodeBase64Piece } from '../../../../../renderer/features/imports/base64';

function bytesOf(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + 7) % 256;
  return bytes;
}

describe('base64 for workbook uploads', () => {
  it('encodes a file larger than one batch exactly as Node does, reporting progress up to 100%', async () => {
    // Not a multiple of 3 and spanning three batches: the padding only appears at the very end.
    const bytes = bytesOf(BYTES_PER_TURN * 2 + 1234);
    const progress: number[] = [];
    const encoded = await encodeBase64(bytes, { onProgress: (f) => progress.push(f) });
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(progress).toHaveLength(3);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('encodes a piece bigger than one fromCharCode call without overflowing the stack', () => {
    const bytes = bytesOf(200_000);
    expect(encodeBase64Piece(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('stops when the clerk cancels, before encoding the rest', async () => {
    const controller = new AbortController();
    const bytes = bytesOf(BYTES_PER_TURN * 3);
    let batches = 0;
    const encoding = encodeBase64(bytes, {
      signal: controller.signal,
      onProgress: () => {
        batches++;
        controller.abort();
      },
    });
    await expect(encoding).rejects.toThrow();
    expect(batches).toBe(1);
  });

  it('decodes the error receipt back to its bytes', () => {
    const bytes = bytesOf(5000);
    expect(decodeBase64(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
  });
});
