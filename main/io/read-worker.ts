/**
 * Worker-thread entry: reads one workbook off the main thread, so the window and the
 * browser-mode server stay responsive while SheetJS/ExcelJS parse a large file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isApiErrorShape } from '../../shared/api/errors';
import { readWorkbook } from './read-workbook';

const input = workerData as { bytes: Uint8Array; fileName: string } | { path: string };

readWorkbook(input).then(
  (workbook) => parentPort?.postMessage({ ok: true, workbook }),
  (error: unknown) =>
    parentPort?.postMessage({
      ok: false,
      error: isApiErrorShape(error)
        ? { code: error.code, message: error.message, details: (error as { details?: unknown }).details }
        : { code: 'import.read-failed', message: `读取文件时出错：${error instanceof Error ? error.message : String(error)}` },
    }),
);
