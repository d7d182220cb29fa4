import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScale } from '../../main/demo/seed-scale';
import { employmentSheet, needsSheet } from '../../main/employment/sheets';
import { checksFloorSql } from '../../scripts/bench/tasks-reports';
import { tempLedger, type TempLedger } from '../support/temp-ledger';

// The bench compares the real code to floors (scripts/bench/tasks-reports.ts); a floor that read
// less than the real code, or wrote other cells, would flatter the ratio. These hold them honest.
let ledger: TempLedger;
beforeAll(async () => {
  ledger = await tempLedger();
  seedScale(ledger.service.db, { persons: 3_000, seed: 6 });
});
afterAll(() => ledger.close());

describe('floor-checks', () => {
  it('covers every field the check catalogue declares it reads, and would refuse a rule reading more', () => {
    expect(checksFloorSql().uncovered).toEqual([]);
    expect(checksFloorSql([{ reads: ['idNo', 'favouriteColour'] }]).uncovered).toEqual(['favouriteColour']);
  });

  it('reads every row of every table the checks load, in one statement', () => {
    const db = ledger.service.db;
    const tables = ['households', 'members', 'income_records', 'measures', 'employment_records', 'returnee_cases', 'service_events', 'department_lists'];
    const expected = tables.reduce((sum, t) => sum + (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n, 0);
    const rows = db.prepare(checksFloorSql().sql).all() as Record<string, unknown>[];
    expect(rows.length).toBe(expected);
    expect((db.prepare('SELECT count(*) AS n FROM employment_records').get() as { n: number }).n).toBeGreaterThan(0);
  });
});

describe('floor-needs-sheet', () => {
  it('writes the very cells of the styled needs sheet', async () => {
    const floor = needsSheet(ledger.service.db, '2023Q3', undefined);
    expect(floor.rows.length).toBeGreaterThan(20);
    const real = await employmentSheet(ledger.service.db, 'needs-sheet', '2023Q3');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(real.bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    // Title, 填报单位 line, grouped header, field header; then the data rows.
    const data = floor.rows.map((_, i) => (ws.getRow(5 + i).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
    expect(data).toEqual(floor.rows);
    expect((ws.getRow(4).values as unknown[]).slice(2)).toEqual(floor.headers.slice(1));
  });
});
