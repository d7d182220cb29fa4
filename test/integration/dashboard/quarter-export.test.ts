import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitImport } from '../../../main/imports/commit';
import { stageWorkbook } from '../../../main/imports/stage';
import { readWorkbook } from '../../../main/io/read-workbook';
import { runCli } from '../../support/cli';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';
import { dashboardLedger } from './ledger-fixture';

let ledger: TempLedger;
let out: string;
let exported: { sheets: { name: string; rows: number }[] };

beforeAll(async () => {
  ({ ledger } = await dashboardLedger(120));
  out = join(ledger.dir, '季度导出.xlsx');
  const result = runCli('export', 'quarter', '--db', ledger.path, '--quarter', '2023Q3', '--out', out, '--json');
  expect(ownStderr(result.stderr)).toBe('');
  expect(result.code).toBe(0);
  exported = JSON.parse(result.stdout) as typeof exported;
}, 180_000);
afterAll(() => ledger.close());

/** stderr without the DEP0005 notice archiver (ExcelJS's zip writer) triggers once bundled. */
const ownStderr = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.includes('DeprecationWarning') && !l.includes('--trace-deprecation'))
    .join('\n');

const count = (l: TempLedger, sql: string) => (l.service.db.prepare(sql).get() as { n: number }).n;
const rowsOf = (name: string) => exported.sheets.find((s) => s.name === name)?.rows;

function sheetValues(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

describe('export quarter (CLI)', () => {
  it('writes one workbook: 说明 first, then one sheet per table with the counts of the ledger up to the quarter end', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['说明', '户信息', '家庭成员信息表', '收入情况表', '帮扶措施', '监测对象识别与消除', '脱贫劳动力就业台账', '就业帮扶服务记录', '返乡回流跟踪台账', '数据筛查疑点']);
    expect(rowsOf('返乡回流跟踪台账')).toBe(count(ledger, "SELECT count(*) AS n FROM returnee_cases WHERE return_date <= '2023-09-30'"));
    expect(rowsOf('返乡回流跟踪台账')).toBeGreaterThan(0);
    const open = await ledger.call('checks.openCount', {});
    expect(rowsOf('数据筛查疑点')).toBe(open.errors + open.reminders);
    expect(rowsOf('数据筛查疑点')).toBeGreaterThan(0);
    expect(rowsOf('脱贫劳动力就业台账')).toBe(count(ledger, "SELECT count(*) AS n FROM employment_records WHERE month <= '2023-09'"));
    expect(rowsOf('脱贫劳动力就业台账')).toBeGreaterThan(0);
    expect(rowsOf('就业帮扶服务记录')).toBe(count(ledger, "SELECT count(*) AS n FROM service_events WHERE event_date <= '2023-09-30'"));
    expect(rowsOf('就业帮扶服务记录')).toBeGreaterThan(0);
    expect(rowsOf('户信息')).toBe(count(ledger, "SELECT count(*) AS n FROM households WHERE status = '在册'"));
    expect(rowsOf('家庭成员信息表')).toBe(count(ledger, 'SELECT count(*) AS n FROM members'));
    // Q3 ends in September: the 2023-11 income records, the October 识别 and the November measure stay out.
    expect(rowsOf('收入情况表')).toBe(count(ledger, "SELECT count(*) AS n FROM income_records WHERE period <= '2023-09'"));
    expect(rowsOf('收入情况表')).toBeLessThan(count(ledger, 'SELECT count(*) AS n FROM income_records'));
    // The demo's measures and the fixture's own; the November one stays out.
    expect(rowsOf('帮扶措施')).toBe(count(ledger, "SELECT count(*) AS n FROM measures WHERE year <= 2023 AND ifnull(start_month, '') <= '2023-09'"));
    expect(rowsOf('帮扶措施')).toBeLessThan(count(ledger, 'SELECT count(*) AS n FROM measures'));
    expect(rowsOf('监测对象识别与消除')).toBe(count(ledger, "SELECT count(*) AS n FROM monitor_events WHERE event_date <= '2023-09-30'"));

    const readme = sheetValues(workbook.getWorksheet('说明')!).map((r) => r.join(' '));
    expect(readme.join('\n')).toContain('2023年第三季度（2023-07-01 至 2023-09-30）');
    expect(readme.find((l) => l.startsWith('镇（乡）'))).toMatch(/镇$/);
    expect(readme.find((l) => l.startsWith('导出时间'))).toMatch(/\d{4}\/\d{1,2}\/\d{1,2}/);
    expect(readme.find((l) => l.startsWith('家庭成员信息表'))).toContain(`${rowsOf('家庭成员信息表')} 行`);
    for (const name of ['脱贫劳动力就业台账', '就业帮扶服务记录', '返乡回流跟踪台账', '数据筛查疑点']) expect(readme.find((l) => l.startsWith(name))).toContain(`${rowsOf(name)} 行`);

    const members = sheetValues(workbook.getWorksheet('家庭成员信息表')!);
    const header = members[1]!;
    expect(header).toEqual(expect.arrayContaining(['户编号', '姓名', '证件号码', '与户主关系', '填报月份']));
    const idCol = header.indexOf('证件号码');
    const idCell = workbook.getWorksheet('家庭成员信息表')!.getRow(3).getCell(idCol + 1);
    expect(typeof idCell.value).toBe('string');
    expect(String(idCell.value)).toMatch(/^\d{17}[\dX]/);
    expect(members[2]![header.indexOf('填报月份')]).toBe('2023-09');
  });

  it('re-imports into an empty ledger through the import pipeline to the same counts', async () => {
    const fresh = await tempLedger();
    try {
      // A clerk imports the workbook: its 家庭成员信息表 sheet commits households and members.
      const imported = runCli('import', '--db', fresh.path, out, '--json');
      expect(ownStderr(imported.stderr)).toBe('');
      expect(imported.code).toBe(0);
      // One import commits one template; the 收入情况表 sheet is the second import of the same file.
      const workbook = await readWorkbook({ path: out });
      const incomeOnly = { ...workbook, sheets: workbook.sheets.filter((s) => s.name === '收入情况表') };
      const staged = stageWorkbook(fresh.service.db, 'income-sheet', incomeOnly);
      expect(staged.templateId).toBe('income');
      const committed = commitImport(fresh.service.db, staged, { acceptValid: false, actor: '测试员' });
      expect(committed.counts.rejected).toBe(0);

      // The employment months and the service events re-import the same way, each in its own template.
      for (const [name, templateId] of [
        ['脱贫劳动力就业台账', 'employment'],
        ['就业帮扶服务记录', 'hr-feedback'],
      ] as const) {
        const only = { ...workbook, sheets: workbook.sheets.filter((s) => s.name === name) };
        const stagedSheet = stageWorkbook(fresh.service.db, name, only);
        expect(stagedSheet.templateId).toBe(templateId);
        const done = commitImport(fresh.service.db, stagedSheet, { acceptValid: false, actor: '测试员' });
        expect(done.counts.rejected).toBe(0);
      }
      expect(count(fresh, 'SELECT count(*) AS n FROM employment_records')).toBe(rowsOf('脱贫劳动力就业台账'));
      expect(count(fresh, 'SELECT count(*) AS n FROM service_events')).toBe(rowsOf('就业帮扶服务记录'));
      const byRegion = "SELECT group_concat(month || region || employed || ifnull(monthly_wage_fen, ''), ',') AS n FROM (SELECT * FROM employment_records ORDER BY month, region, employed, monthly_wage_fen)";
      expect((fresh.service.db.prepare(byRegion).get() as { n: string }).n).toBe(
        (ledger.service.db.prepare(byRegion.replace('FROM employment_records', "FROM employment_records WHERE month <= '2023-09'")).get() as { n: string }).n,
      );
      const before = await ledger.call('ledger.info', {});
      const after = await fresh.call('ledger.info', {});
      expect(after.counts).toMatchObject({ villages: before.counts.villages, households: before.counts.households, members: before.counts.members });
      expect(after.town).toBe(before.town);
      expect(count(fresh, 'SELECT count(*) AS n FROM members')).toBe(rowsOf('家庭成员信息表'));
      expect(count(fresh, 'SELECT count(*) AS n FROM income_records')).toBe(rowsOf('收入情况表'));
      const original = await ledger.call('dashboard.summary', {});
      const again = await fresh.call('dashboard.summary', {});
      expect(again.byHouseholdType).toEqual(original.byHouseholdType);
      expect(again.byMonitorCategory).toEqual(original.byMonitorCategory);
      expect(again.byVillage).toEqual(original.byVillage);
    } finally {
      fresh.close();
    }
  }, 180_000);

  it('refuses a malformed quarter and a missing --out in Chinese with exit 2', () => {
    const bad = runCli('export', 'quarter', '--db', ledger.path, '--quarter', '2023-09', '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('2023Q3');
    const noOut = runCli('export', 'quarter', '--db', ledger.path, '--quarter', '2023Q3');
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out');
  });

  it('offers the same workbook through the API for the dashboard button', async () => {
    const file = await ledger.call('export.quarter', { quarter: '2023Q3' });
    expect(file.fileName).toMatch(/2023年第三季度末台账导出\.xlsx$/);
    expect(file.sheets).toEqual(exported.sheets);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('户信息')!.rowCount).toBe((rowsOf('户信息') ?? 0) + 2);
  });
});
