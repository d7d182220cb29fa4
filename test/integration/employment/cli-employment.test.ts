import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';
import { tempDir } from '../../support/temp-ledger';

let dir: string;
let cleanup: () => void;
let db: string;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'town.db');
  expect(runCli('seed-demo', '--db', db, '--households', '150', '--seed', '2').code).toBe(0);
});
afterAll(() => cleanup());

describe('CLI employment commands on the demo town', () => {
  it('lists the demo returnees: some still followed, some re-employed in the county', () => {
    const result = runCli('returnees', '--db', db, '--json');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { count: number; cases: { status: string; returnDate: string; lastAwayMonth: string; source: string }[] };
    expect(out.count).toBeGreaterThan(1);
    expect(out.cases.every((c) => c.returnDate === '2023-08' && c.lastAwayMonth === '2023-07' && c.source === '自动')).toBe(true);
    expect(new Set(out.cases.map((c) => c.status))).toEqual(new Set(['跟踪中', '已再就业']));
  });

  it('is deterministic: the same seed gives the same employment ledger', () => {
    const other = join(dir, 'again.db');
    expect(runCli('seed-demo', '--db', other, '--households', '150', '--seed', '2').code).toBe(0);
    const strip = (text: string) => JSON.parse(text).cases.map((c: { idNo: string; status: string }) => [c.idNo, c.status]);
    expect(strip(runCli('returnees', '--db', other, '--json').stdout)).toEqual(strip(runCli('returnees', '--db', db, '--json').stdout));
  });

  it('prints per labourer with needs the quarter counts and whether 1/1/3 is met', () => {
    const result = runCli('services', '--db', db, '--quarter', '2023Q3', '--json');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { targets: unknown; labourers: { counts: { guidance: number; training: number; recommendations: number }; met: boolean; reason: string | null; needs: { job: boolean; training: boolean } }[] };
    expect(out.targets).toEqual({ guidance: 1, training: 1, recommendations: 3 });
    expect(out.labourers.some((l) => l.met)).toBe(true);
    expect(out.labourers.some((l) => !l.met)).toBe(true);
    for (const l of out.labourers) {
      expect(l.needs.job || l.needs.training).toBe(true);
      expect(l.met).toBe(l.counts.guidance >= 1 && l.counts.training >= 1 && l.counts.recommendations >= 3);
      expect(l.reason === null).toBe(l.met);
    }
  });

  it('exports the three quarterly sheets to files', async () => {
    for (const sheet of ['needs-sheet', 'service-sheet', 'returnees']) {
      const out = join(dir, `${sheet}.xlsx`);
      const result = runCli('export', sheet, '--db', db, '--quarter', '2023Q3', '--town', '龙仙镇', '--out', out);
      expect(result.code).toBe(0);
      expect(existsSync(out)).toBe(true);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(String(wb.worksheets[0]!.getCell('A1').value)).toMatch(/^龙仙镇2023年第三季度/);
    }
  });

  it('refuses a bad quarter with exit 2 and a Chinese message', () => {
    const result = runCli('services', '--db', db, '--quarter', '2023-07');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('请用 --quarter 指定季度，格式如 2023Q3');
  });
});
