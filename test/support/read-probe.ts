/**
 * Child-process probe for the hostile-file tests: reads one file with readWorkbook in a fresh
 * process and prints one JSON line — the outcome (sheets or the ApiError), the wall time and the
 * process's peak RSS growth — so one file's memory use cannot hide in or leak into another's.
 * The peak is Linux's VmHWM, reset at the start through /proc/self/clear_refs: getrusage's
 * maxRSS would include the parent's RSS at fork time (Linux carries it across exec).
 * Usage: node read-probe.mjs <path> [limits-json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readWorkbook, type ReadLimits } from '../../main/io/read-workbook';

export interface ProbeSheet {
  name: string;
  rows: number;
  columns: number;
  /** The first rows, each cell cut to 200 characters. */
  head: string[][];
  /** Length of every cell of the first rows. */
  lengths: number[][];
  /** Last non-empty row number (1-based) and its cells, cut. */
  lastRow: { row: number; cells: string[] } | null;
}

export type ProbeResult = ({ ok: true; format: string; sheets: ProbeSheet[] } | { ok: false; code: string; message: string; raw?: string }) & {
  ms: number;
  rssStartMb: number;
  peakGrowthMb: number;
};

const HEAD_ROWS = 20;

/** Peak RSS in bytes since the last reset (VmHWM), or the current RSS where /proc is missing. */
function peakRss(): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // not Linux
  }
  return process.memoryUsage().rss;
}

function resetPeak(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // not Linux, or not allowed: the peak then counts from process start
  }
}

async function probe(path: string, limits: Partial<ReadLimits>): Promise<ProbeResult> {
  resetPeak();
  const rssStart = process.memoryUsage().rss;
  const started = performance.now();
  const done = () => ({
    ms: Math.round(performance.now() - started),
    rssStartMb: Math.round(rssStart / 1e6),
    peakGrowthMb: Math.round((Math.max(peakRss(), process.memoryUsage().rss) - rssStart) / 1e6),
  });
  try {
    const book = await readWorkbook({ path }, limits);
    const sheets = book.sheets.map((sheet) => {
      const last = sheet.rows.length - 1;
      return {
        name: sheet.name,
        rows: sheet.rows.length,
        columns: sheet.rows.reduce((n, r) => Math.max(n, r.length), 0),
        head: sheet.rows.slice(0, HEAD_ROWS).map((r) => r.map((c) => c.slice(0, 200))),
        lengths: sheet.rows.slice(0, HEAD_ROWS).map((r) => r.map((c) => c.length)),
        lastRow: last < 0 ? null : { row: last + 1, cells: (sheet.rows[last] ?? []).map((c) => c.slice(0, 200)) },
      };
    });
    return { ok: true, format: book.format, sheets, ...done() };
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown; name?: unknown };
    const isApi = e.name === 'ApiError' && typeof e.code === 'string';
    return {
      ok: false,
      code: isApi ? String(e.code) : 'not-an-api-error',
      message: String(e.message ?? error),
      ...(isApi ? {} : { raw: String(error) }),
      ...done(),
    };
  }
}

const [path, limitsJson] = process.argv.slice(2);
if (path) {
  const result = await probe(path, limitsJson ? (JSON.parse(limitsJson) as Partial<ReadLimits>) : {});
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
