/**
 * Run readWorkbook in a worker thread and get its result; cancellable through an AbortSignal.
 * The bundled app ships read-worker.js beside this module; in development and tests the
 * TypeScript source runs through tsx.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiError, type ApiErrorShape } from '../../shared/api/errors';
import type { WorkbookText } from './read-workbook';

function workerEntry(): { url: URL; tsEntry?: string } {
  // A prebuilt worker (the test setup bundles one per run) wins over transpiling on the fly.
  const prebuilt = process.env.SHOUDI_READ_WORKER;
  if (prebuilt && existsSync(prebuilt)) return { url: pathToFileURL(prebuilt) };
  const js = new URL('./read-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { url: js };
  return { url: new URL('./ts-worker-boot.mjs', import.meta.url), tsEntry: new URL('./read-worker.ts', import.meta.url).href };
}

export function readWorkbookInWorker(input: { bytes: Uint8Array; fileName: string } | { path: string }, signal?: AbortSignal): Promise<WorkbookText> {
  return new Promise((resolve, reject) => {
    const { url, tsEntry } = workerEntry();
    const worker = new Worker(url, { workerData: tsEntry ? { ...input, tsEntry } : input });
    const abort = () => {
      void worker.terminate();
      reject(new ApiError('import.cancelled', '已取消读取文件'));
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.once('message', (message: { ok: true; workbook: WorkbookText } | { ok: false; error: ApiErrorShape }) => {
      signal?.removeEventListener('abort', abort);
      void worker.terminate();
      if (message.ok) resolve(message.workbook);
      else reject(new ApiError(message.error.code, message.error.message, message.error.details));
    });
    worker.once('error', (error) => {
      signal?.removeEventListener('abort', abort);
      reject(new ApiError('import.read-failed', `读取文件时出错：${error.message}`));
    });
  });
}
