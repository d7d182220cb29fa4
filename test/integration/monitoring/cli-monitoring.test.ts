import * as XLSX from '@e965/xlsx';
import Database from '../../../main/db/driver';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openService } from '../../../main/service';
import { runCli } from '../../support/cli';
import { incomeXlsx } from '../../support/income-returns';
import { tempDir } from '../../support/temp-ledger';

let dir: string;
let cleanup: () => void;
let db: string;
let poorNo: string;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'town.db');
  runCli('seed-demo', '--db', db, '--households', '80', '--seed', '9');
  const reader = new Database(db, { readonly: true });
  const households = reader
    .prepare(
      "SELECT h.household_no AS no, (SELECT count(*) FROM members m WHERE m.household_id = h.id AND m.status = '在户') AS people FROM households h WHERE h.household_type = '脱贫户' AND h.monitor_category IS NULL LIMIT 10",
    )
    .all() as { no: string; people: number }[];
  reader.close();
  poorNo = households[0]!.no;
  const file = join(dir, '收入.xlsx');
  writeFileSync(file, await incomeXlsx(households.map((h, i) => ({ householdNo: h.no, wage: ((i === 0 ? 8000 : 15000) * h.people).toFixed(2), transfer: '0' }))));
  expect(runCli('import', '--db', db, file).code).toBe(0);
});
afterAll(() => cleanup());

describe('CLI monitoring commands', () => {
  it('prints warnings as JSON that agree with the API, each with rule, household, figures, threshold and message', async () => {
    const result = runCli('warnings', '--db', db, '--period', '2023-08', '--json');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    const service = await openService(db);
    const api = await service.dispatch('warnings.list', { period: '2023-08' });
    service.close();
    expect(api.ok && (api.value as { warnings: unknown[] }).warnings.length).toBe(out.count);
    const below = out.warnings.find((w: { rule: string; household: { householdNo: string } }) => w.rule === 'income.below-monitoring-line' && w.household.householdNo === poorNo);
    expect(below).toMatchObject({ threshold: expect.stringContaining('10420.00'), figures: expect.any(Object), message: expect.stringContaining('8000.00 元') });
  });

  it('refuses a missing period with exit 2 and a year without policy with exit 1, in Chinese', () => {
    expect(runCli('warnings', '--db', db).code).toBe(2);
    const noPolicy = runCli('warnings', '--db', db, '--period', '2031-01');
    expect(noPolicy.code).toBe(1);
    expect(noPolicy.stderr).toContain('没有 2031 年的政策标准');
  });

  it('prints one household income per 统计期', () => {
    const out = JSON.parse(runCli('income', '--db', db, '--household', poorNo, '--json').stdout);
    expect(out.records[0]).toMatchObject({ period: '2023-07', householdNo: poorNo });
    expect(out.records[0].perCapita).toBe(800000);
  });

  it('exports the 公示 list with masked IDs', () => {
    const outFile = join(dir, '公示.xlsx');
    expect(runCli('export', 'gongshi', '--db', db, '--period', '2023-08', '--out', outFile).code).toBe(0);
    const wb = XLSX.read(readFileSync(outFile));
    const text = JSON.stringify(XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 }));
    expect(text).toMatch(/\*{8}/);
    expect(text).not.toMatch(/\d{17}[\dX]/);
  });
});
