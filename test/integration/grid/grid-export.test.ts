import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../main/demo/seed-demo';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';

let ledger: TempLedger;
beforeEach(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 60, seed: 3 });
});
afterEach(() => ledger.close());

async function sheetOf(contentBase64: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

const COLUMNS = [
  { key: 'name', label: '姓名' },
  { key: 'idNo', label: '证件号码' },
  { key: 'village', label: '村' },
];

describe('grid.exportXlsx (导出为 Excel of a grid view)', () => {
  it('exports every matching row in the view order and columns, not only a loaded page', async () => {
    const query = { sort: [{ colId: 'name', sort: 'desc' as const }], filters: { relation: { filterType: 'text' as const, type: 'equals' as const, filter: '户主' } } };
    const all = await ledger.call('members.list', { ...query, limit: 1000 });
    expect(all.total).toBeGreaterThan(50);
    const file = await ledger.call('grid.exportXlsx', { list: 'members.list', query, columns: COLUMNS, title: '家庭成员', fullNumbers: true });
    expect(file.rowCount).toBe(all.total);
    expect(file.fileName).toMatch(/^家庭成员-\d{8}-\d{4}\.xlsx$/);
    const sheet = await sheetOf(file.contentBase64);
    expect(sheet.getRow(1).getCell(1).value).toBe('家庭成员');
    expect(sheet.getRow(3).values).toEqual([undefined, '姓名', '证件号码', '村']);
    const names = all.rows.map((r) => r.name);
    const ids = all.rows.map((r) => r.idNo);
    const exported = Array.from({ length: all.total }, (_, i) => sheet.getRow(4 + i));
    expect(exported.map((r) => r.getCell(1).value)).toEqual(names);
    // 18-digit IDs as text, never numbers.
    expect(exported.map((r) => r.getCell(2).value)).toEqual(ids);
    expect(sheet.pageSetup.orientation).toBe('landscape');
  });

  it('masks ID numbers when the screen masks them, and keeps a formula-like value as text', async () => {
    const member = (await ledger.call('members.list', { limit: 1 })).rows[0]!;
    await ledger.call('members.update', { id: member.id, patch: { name: '=HYPERLINK("http://x","y")' } });
    const file = await ledger.call('grid.exportXlsx', {
      list: 'members.list',
      query: { search: member.idNo },
      columns: COLUMNS,
      title: '家庭成员',
      fullNumbers: false,
    });
    const sheet = await sheetOf(file.contentBase64);
    const row = sheet.getRow(4);
    expect(row.getCell(1).value).toBe('=HYPERLINK("http://x","y")');
    expect(row.getCell(1).formula).toBeUndefined();
    expect(row.getCell(2).value).toBe(`${member.idNo.slice(0, 6)}********${member.idNo.slice(14)}`);
    expect(file.rowCount).toBe(1);
  });

  it('exports 收支 money as 元 with two decimals', async () => {
    const household = (await ledger.call('households.list', { limit: 1 })).rows[0]!;
    await ledger.call('income.save', { householdId: household.id, period: '2026-06', values: { wageIncome: 1234560 } });
    const file = await ledger.call('grid.exportXlsx', {
      list: 'income.list',
      query: { search: household.householdNo },
      columns: [
        { key: 'householdNo', label: '户编号' },
        { key: 'period', label: '统计期' },
        { key: 'wageIncome', label: '工资性收入' },
      ],
      title: '收支',
      fullNumbers: false,
    });
    const sheet = await sheetOf(file.contentBase64);
    const rows = Array.from({ length: file.rowCount }, (_, i) => sheet.getRow(4 + i).values);
    expect(rows).toContainEqual([undefined, household.householdNo, '2026-06', '12345.60']);
  });
});
