/**
 * Hostile files (test/support/hostile-files.ts) against the reader and the import: each must give
 * a clear Chinese refusal naming the file, or a sane result, in bounded time and memory, and leave
 * the ledger unchanged.
 * readWorkbook runs in a fresh child process per file (test/support/read-probe.ts, bundled), so
 * the peak RSS it reports belongs to that file alone; xlsx files are read on both paths (SheetJS,
 * and the ExcelJS stream forced with streamingThresholdBytes 0). imports.stage runs through a real
 * ledger's dispatcher (its reader worker thread included), with RSS sampled while it runs.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../main/demo/seed-demo';
import { bundleChild } from '../support/child-bundles';
import { ledgerDigest } from '../support/crash-harness';
import * as hostile from '../support/hostile-files';
import type { ProbeResult, ProbeSheet } from '../support/read-probe';
import { tempLedger, type TempLedger } from '../support/temp-ledger';
import { buildMemberWorkbookXlsx, memberRows } from '../support/workbooks';

/** Generous bounds: a hostile file must not hang the reader or exhaust the PC's memory. */
const MAX_MS = 20_000;
const MAX_GROWTH_MB = 600;
const CHINESE = /[\u4e00-\u9fff]/;

interface HostileCase {
  label: string;
  fileName: string;
  build: () => Uint8Array | Promise<Uint8Array>;
  /** Refused with this error code … */
  refusedWith?: string;
  /** … or read, and the sheets checked. */
  check?: (sheets: ProbeSheet[]) => void;
  /** An xlsx: also read on the ExcelJS stream path, with the same outcome. */
  xlsx?: boolean;
}

let valid: Uint8Array;
const cell = (sheets: ProbeSheet[], row: number, column: number) => sheets[0]?.head[row]?.[column];

const CASES: HostileCase[] = [
  { label: 'a truncated download', fileName: '青云村（截断）.xlsx', build: () => hostile.truncated(valid), refusedWith: 'import.corrupt', xlsx: true },
  { label: 'bytes flipped in the central directory', fileName: '青云村（目录损坏）.xlsx', build: () => hostile.corruptCentralDirectory(valid), refusedWith: 'import.corrupt', xlsx: true },
  { label: 'entry sizes and offsets flipped in the central directory', fileName: '青云村（偏移损坏）.xlsx', build: () => hostile.corruptEntryOffsets(valid), refusedWith: 'import.corrupt', xlsx: true },
  { label: 'a zip bomb: sheet rows expanding to 1.1 GB', fileName: '炸弹-行.xlsx', build: () => hostile.zipBombXlsx(), refusedWith: 'import.too-large-unpacked', xlsx: true },
  {
    label: 'a zip bomb that declares 20 KB and expands to 1.1 GB',
    fileName: '炸弹-谎报.xlsx',
    build: () => hostile.zipBombXlsx({ lieAbout: 20_000 }),
    refusedWith: 'import.too-large-unpacked',
    xlsx: true,
  },
  { label: 'a zip bomb: one cell of 1.1 GB', fileName: '炸弹-单元格.xlsx', build: () => hostile.zipBombXlsx({ shape: 'one-cell' }), refusedWith: 'import.too-large-unpacked', xlsx: true },
  { label: 'a zip bomb in sharedStrings.xml', fileName: '炸弹-共享字符串.xlsx', build: () => hostile.zipBombXlsx({ shape: 'shared-strings' }), refusedWith: 'import.too-large-unpacked', xlsx: true },
  {
    label: 'a lying zip bomb padded past the streaming threshold',
    fileName: '炸弹-大文件.xlsx',
    build: () => hostile.zipBombXlsx({ lieAbout: 20_000, paddingBytes: 9 * 1024 * 1024 }),
    refusedWith: 'import.too-large-unpacked',
    xlsx: true,
  },
  {
    label: '"billion laughs" entities in sheet1.xml',
    fileName: '实体膨胀-工作表.xlsx',
    build: hostile.billionLaughsSheet,
    check: (sheets) => expect(cell(sheets, 1, 0)).toBe('&lol9;'),
    xlsx: true,
  },
  {
    label: '"billion laughs" entities in sharedStrings.xml',
    fileName: '实体膨胀-共享字符串.xlsx',
    build: hostile.billionLaughsSharedStrings,
    check: (sheets) => expect(cell(sheets, 1, 0)).toBe('&lol9;'),
    xlsx: true,
  },
  {
    label: 'a sheet declaring A1:XFD1048576 with a cell on row 1,048,576',
    fileName: '末行.xlsx',
    build: hostile.lastRowSheet,
    check: (sheets) => expect(sheets[0]?.lastRow).toEqual({ row: 1_048_576, cells: ['末行'] }),
    xlsx: true,
  },
  {
    label: 'a CSV of 300,000 real rows',
    fileName: '三十万行.csv',
    build: () => hostile.manyRowsCsv(300_000),
    check: (sheets) => expect(sheets[0]?.lastRow).toEqual({ row: 300_001, cells: ['300000', '项76', 'x'] }),
  },
  { label: 'a cell in column XFD (16,384)', fileName: '末列.xlsx', build: hostile.lastColumnSheet, refusedWith: 'import.too-many-columns', xlsx: true },
  { label: 'random bytes renamed .xlsx', fileName: '随机.xlsx', build: () => hostile.seededBytes(100_000, 3), refusedWith: 'import.not-a-spreadsheet' },
  { label: 'an ELF executable renamed .xlsx', fileName: '程序.xlsx', build: hostile.elfBinary, refusedWith: 'import.not-a-spreadsheet' },
  { label: 'a PNG image renamed .xlsx', fileName: '图片.xlsx', build: hostile.pngImage, refusedWith: 'import.not-a-spreadsheet' },
  { label: 'a password-protected workbook', fileName: '加密.xlsx', build: hostile.encryptedOoxml, refusedWith: 'import.encrypted' },
  {
    label: 'formulas (arithmetic, HYPERLINK, DDE, external link) read as their cached values',
    fileName: '公式.xlsx',
    build: hostile.formulaWorkbook,
    check: (sheets) =>
      expect(sheets[0]?.head.map((r) => r[1] ?? '')).toEqual(['公式', '2', '点我', '缓存值', '', '5', "=cmd|' /C calc'!A0"]),
    xlsx: true,
  },
  {
    label: 'formula-looking CSV cells kept as text',
    fileName: '公式.csv',
    build: hostile.formulaCsv,
    check: (sheets) =>
      expect(sheets[0]?.head.map((r) => r[1])).toEqual(['内容', '=1+1', '=HYPERLINK("http://example.invalid","点我")', "=cmd|' /C calc'!A0", '+1+1', '-1+1', '@SUM(1)']),
  },
  {
    label: 'control characters, a 100,000-character string and bidi marks in an xlsx',
    fileName: '怪字符.xlsx',
    build: () => hostile.controlCharacterWorkbook(),
    check: (sheets) => {
      expect(cell(sheets, 1, 1)).toBe(`前${hostile.CONTROL_CHARACTERS}后`);
      expect(cell(sheets, 2, 1)).toBe('前\u0001\u0007\u001b后');
      expect(sheets[0]?.lengths[3]).toEqual([3, 100_000]);
      expect(cell(sheets, 5, 1)).toBe('𠀀𪚥');
    },
    xlsx: true,
  },
  {
    label: 'control characters and a 100,000-character string in a CSV',
    fileName: '怪字符.csv',
    build: () => hostile.controlCharacterCsv(),
    check: (sheets) => {
      expect(cell(sheets, 1, 1)).toBe('前\u0001\u0007\u001b后');
      expect(sheets[0]?.lengths[2]).toEqual([3, 100_000]);
    },
  },
  { label: 'a CSV with UTF-8 lines and GBK lines', fileName: '拼接.csv', build: hostile.mixedEncodingCsv, refusedWith: 'import.mixed-encoding' },
];

interface Measured {
  outcome: string;
  ms: number;
  mb: number;
}

const files = new Map<string, string>();
const report = new Map<string, { sheetjs?: Measured; stream?: Measured; stage?: Measured }>();
let probe: string;
let ledger: TempLedger;

beforeAll(async () => {
  probe = await bundleChild('read-probe');
  valid = await buildMemberWorkbookXlsx(memberRows(200));
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 30, seed: 8 });
  for (const c of CASES) {
    const path = join(ledger.dir, c.fileName);
    writeFileSync(path, await c.build());
    files.set(c.fileName, path);
  }
});

afterAll(() => {
  ledger.close();
  const rows = [...report].map(([label, r]) => ({
    label,
    ...Object.fromEntries(Object.entries(r).map(([path, m]) => [path, `${m.outcome} ${m.ms} ms ${m.mb} MB`])),
  }));
  console.table(rows);
});

function readInChild(path: string, limits: object = {}): ProbeResult {
  const run = spawnSync(process.execPath, [probe, path, JSON.stringify(limits)], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ProbeResult;
}

function outcomeOf(result: ProbeResult): string {
  return result.ok ? `read ${result.sheets.map((s) => s.rows).join('+')} rows` : result.code;
}

function expectOutcome(c: HostileCase, result: ProbeResult): void {
  expect(result.ms).toBeLessThan(MAX_MS);
  expect(result.peakGrowthMb).toBeLessThan(MAX_GROWTH_MB);
  if (c.refusedWith) {
    expect(result).toMatchObject({ ok: false, code: c.refusedWith });
    if (!result.ok) {
      expect(result.message).toMatch(CHINESE);
      expect(result.message).toContain(c.fileName);
    }
    return;
  }
  expect(result.ok, JSON.stringify(result).slice(0, 500)).toBe(true);
  if (result.ok) c.check?.(result.sheets);
}

/** imports.stage through the dispatcher, with the process RSS sampled every 5 ms while it runs. */
async function stage(c: HostileCase, bytes: Buffer): Promise<{ result: Awaited<ReturnType<TempLedger['service']['dispatch']>>; ms: number; mb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  try {
    const result = await ledger.service.dispatch('imports.stage', { fileName: c.fileName, contentBase64: bytes.toString('base64') });
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms: Math.round(performance.now() - started), mb: Math.round((peak - before) / 1e6) };
  } finally {
    clearInterval(sampler);
  }
}

describe('hostile files', () => {
  for (const c of CASES) {
    it(`${c.refusedWith ? `refuses ${c.label} (${c.refusedWith})` : `reads ${c.label} sanely`}, in bounded time and memory, without touching the ledger`, async () => {
      const path = files.get(c.fileName) as string;
      const entry: { sheetjs?: Measured; stream?: Measured; stage?: Measured } = {};
      report.set(c.label, entry);

      const first = readInChild(path);
      entry.sheetjs = { outcome: outcomeOf(first), ms: first.ms, mb: first.peakGrowthMb };
      expectOutcome(c, first);
      if (c.xlsx) {
        const streamed = readInChild(path, { streamingThresholdBytes: 0 });
        entry.stream = { outcome: outcomeOf(streamed), ms: streamed.ms, mb: streamed.peakGrowthMb };
        expectOutcome(c, streamed);
        if (first.ok && streamed.ok) expect(streamed.sheets).toEqual(first.sheets);
      }

      const digest = ledgerDigest(ledger.service.db);
      const { result, ms, mb } = await stage(c, Buffer.from(await c.build()));
      entry.stage = { outcome: result.ok ? 'staged' : result.error.code, ms, mb };
      expect(ms).toBeLessThan(MAX_MS);
      expect(mb).toBeLessThan(MAX_GROWTH_MB);
      if (c.refusedWith) {
        expect(result).toMatchObject({ ok: false, error: { code: c.refusedWith, message: expect.stringContaining(c.fileName) } });
      } else {
        expect(result.ok, JSON.stringify(result).slice(0, 500)).toBe(true);
        if (result.ok) await ledger.call('imports.cancel', { sessionId: (result.value as { sessionId: string }).sessionId });
      }
      expect(ledgerDigest(ledger.service.db)).toBe(digest);
    });
  }

  it('refuses an xlsx whose parts unpack past maxUnpackedBytes even at an honest ratio', async () => {
    const limits = { maxUnpackedBytes: 1024 * 1024 };
    const result = readInChild(files.get('末行.xlsx') as string, limits);
    expect(result).toMatchObject({ ok: true });
    const big = join(ledger.dir, '大于上限.xlsx');
    writeFileSync(big, hostile.zipBombXlsx({ expandedBytes: 2 * 1024 * 1024 }));
    const refused = readInChild(big, limits);
    expect(refused).toMatchObject({ ok: false, code: 'import.too-large-unpacked', message: expect.stringMatching(/解压后超过 1\.0 MB/) });
  });

  it('keeps reading a large genuine return with the unpacked-size check in place', async () => {
    const path = join(ledger.dir, '真实大表.xlsx');
    writeFileSync(path, await buildMemberWorkbookXlsx(memberRows(20_000)));
    const result = readInChild(path);
    expect(result).toMatchObject({ ok: true, sheets: [{ rows: 20_001, columns: 12 }] });
    report.set('a genuine 20,000-row return (control)', { sheetjs: { outcome: outcomeOf(result), ms: result.ms, mb: result.peakGrowthMb } });
  });
});
