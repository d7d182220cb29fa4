import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { POLICY_2023 } from '../../../shared/domain/policy';
import { seedDemo } from '../../../main/demo/seed-demo';
import { incomeXlsx } from '../../support/income-returns';
import { base64 } from '../../support/member-returns';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';

let ledger: TempLedger;
/** Three 脱贫户 of the demo town that are not monitoring objects, with their 在户 head count. */
let targets: { id: number; householdNo: string; people: number }[];

beforeEach(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 60, seed: 4 });
  const rows = (await ledger.call('households.list', { limit: 60, filters: { householdType: { filterType: 'text', type: 'equals', filter: '脱贫户' } } })).rows;
  targets = rows.filter((h) => h.monitorCategory === null && h.memberCount >= 2).slice(0, 3).map((h) => ({ id: h.id, householdNo: h.householdNo, people: h.memberCount }));
});
afterEach(() => ledger.close());

/** Yuan text for a per-capita figure times the household's people (all as wage income). */
const total = (perCapitaYuan: number, people: number) => (perCapitaYuan * people).toFixed(2);

async function importIncome(lines: Parameters<typeof incomeXlsx>[0], title?: string) {
  const preview = await ledger.call('imports.stage', { fileName: '收入.xlsx', contentBase64: base64(await incomeXlsx(lines, title)) });
  return { preview, result: preview.counts.rejected === 0 ? await ledger.call('imports.commit', { sessionId: preview.sessionId }) : null };
}

describe('income import (收入情况表)', () => {
  it('imports yuan figures as fen with the 统计期 from the title, and computes 纯收入 and 人均纯收入', async () => {
    const [a] = targets;
    const { preview, result } = await importIncome([{ householdNo: a!.householdNo, wage: '1,200.50元', transfer: '３００', cost: '100.5' }]);
    expect(preview.templateName).toBe('收入情况表');
    expect(result?.counts).toMatchObject({ inserted: 1, rejected: 0 });
    const { rows } = await ledger.call('income.list', { householdId: a!.id });
    expect(rows[0]).toMatchObject({ period: '2023-07', wageIncome: 120050, transferIncome: 30000, businessCost: 10050, netIncome: 140000 });
    expect(rows[0]!.perCapita).toBe(Math.round(140000 / a!.people));
  });

  it('rejects a row for a household the ledger does not have, and warns when the stated 纯收入 disagrees', async () => {
    const [a] = targets;
    const { preview } = await importIncome([
      { householdNo: 'NOPE-1', wage: '1000', transfer: '0' },
      { householdNo: a!.householdNo, wage: '1000', transfer: '0', net: '999' },
    ]);
    expect(preview.errors[0]).toMatchObject({ code: 'import.unknown-household', message: expect.stringContaining('NOPE-1') });
    expect(preview.warnings[0]).toMatchObject({ code: 'import.net-income-differs' });
  });

  it('updates the same period on re-import and undoes exactly', async () => {
    const [a] = targets;
    await importIncome([{ householdNo: a!.householdNo, wage: '1000', transfer: '0' }]);
    const { preview, result } = await importIncome([{ householdNo: a!.householdNo, wage: '2000', transfer: '0' }]);
    const changes = await ledger.call('imports.changes', { sessionId: preview.sessionId });
    expect(changes.rows[0]).toMatchObject({ kind: 'income-changed', fields: [{ key: 'wageIncome', label: '工资性收入', old: 100000, new: 200000 }] });
    await ledger.call('imports.undo', { batchId: result!.batchId });
    expect((await ledger.call('income.list', { householdId: a!.id })).rows[0]!.wageIncome).toBe(100000);
  });
});

describe('income sub-items (收入明细)', () => {
  it('takes a component from its sub-items when the return gives only the breakdown, and flags a breakdown that disagrees', async () => {
    const [a, b] = targets;
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('收入情况表');
    ws.addRow(['户编号', '统计期', '务工收入（元）', '公益岗收入（元）', '工资性收入（元）', '低保金', '转移性收入（元）']);
    ws.addRow([a!.householdNo, '2023-07', '6000', '1200', '', '800', '800']);
    ws.addRow([b!.householdNo, '2023-07', '6000', '1200', '9000', '', '0']);
    const preview = await ledger.call('imports.stage', { fileName: '收入明细.xlsx', contentBase64: base64(new Uint8Array(await workbook.xlsx.writeBuffer())) });
    expect(preview.templateName).toBe('收入情况表');
    expect(preview.warnings.map((w) => w.code)).toEqual(['import.sub-items-differ']);
    await ledger.call('imports.commit', { sessionId: preview.sessionId });
    const row = (await ledger.call('income.list', { householdId: a!.id })).rows[0]!;
    expect(row).toMatchObject({ wageIncome: 720000, transferIncome: 80000, subItems: { 务工收入: 600000, 公益岗收入: 120000, 低保金: 80000 } });
  });
});

describe('warnings (预警)', () => {
  async function threeHouseholds() {
    const [poor, middle, rich] = targets;
    await importIncome([
      { householdNo: poor!.householdNo, wage: total(9000, poor!.people), transfer: '0' },
      { householdNo: middle!.householdNo, wage: total(10700, middle!.people), transfer: '0' },
      { householdNo: rich!.householdNo, wage: total(20000, rich!.people), transfer: '0' },
    ]);
    return { poor: poor!, middle: middle!, rich: rich! };
  }

  it('names rule, period, figures and threshold; switches the warning line between October and November', async () => {
    const { poor, middle, rich } = await threeHouseholds();
    const oct = await ledger.call('warnings.list', { period: '2023-10' });
    const below = oct.warnings.find((w) => w.ruleId === 'income.below-monitoring-line' && w.householdId === poor.id);
    expect(below?.message).toContain('9000.00 元');
    expect(below?.message).toContain('10420.00 元');
    expect(below?.threshold).toContain('10420.00');
    expect(below?.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(oct.warnings.some((w) => w.householdId === middle.id && w.ruleId.startsWith('income.below'))).toBe(false);
    const nov = await ledger.call('warnings.list', { period: '2023-11' });
    expect(nov.warnings.find((w) => w.householdId === middle.id && w.ruleId === 'income.below-warning-line')?.threshold).toContain('10800.00');
    expect(nov.warnings.some((w) => w.householdId === rich.id && w.ruleId.startsWith('income.below'))).toBe(false);
    const village = nov.byVillage.find((v) => v.village === below!.village);
    expect(village?.count).toBe(nov.warnings.filter((w) => w.village === below!.village).length);
  });

  it('refuses a year without a policy in Chinese, and a 2024 policy added later changes the results', async () => {
    await threeHouseholds();
    const refused = await ledger.fail('warnings.list', { period: '2024-01' });
    expect(refused).toMatchObject({ code: 'policy.missing-year', message: expect.stringContaining('2024') });
    await ledger.call('policy.save', { policy: { ...POLICY_2023, year: 2024, monitoringLineFen: 2_500_000, warningLines: [] } });
    const jan = await ledger.call('warnings.list', { period: '2024-01', ruleId: 'income.below-monitoring-line' });
    expect(jan.warnings.length).toBe(3);
    const history = ledger.service.db.prepare("SELECT count(*) AS n FROM history WHERE table_name = 'policy_years'").get() as { n: number };
    expect(history.n).toBeGreaterThanOrEqual(2);
  });

  it('refuses a policy whose warning-line months overlap', async () => {
    const bad = await ledger.fail('policy.save', { policy: { ...POLICY_2023, year: 2025, warningLines: [{ from: '2025-01', to: '2025-06', lineFen: 1 }, { from: '2025-06', to: '2025-12', lineFen: 2 }] } });
    expect(bad).toMatchObject({ code: 'policy.overlapping-warning-lines' });
  });
});

describe('the monitoring-object lifecycle', () => {
  it('identifies, refuses 帮扶消除 while income is low, eliminates with a snapshot, and reverts with a reason', async () => {
    const [h] = targets;
    await importIncome([{ householdNo: h!.householdNo, wage: total(9000, h!.people), transfer: '0' }]);
    await ledger.call('monitor.identify', { householdId: h!.id, category: '脱贫不稳定户', risks: ['因病', '因学'], date: '2023-08-03' });
    expect((await ledger.call('households.get', { id: h!.id })).household).toMatchObject({ monitorCategory: '脱贫不稳定户', monitorStart: '2023-08', riskEliminated: '否', risks: ['因病', '因学'] });
    const refused = await ledger.fail('monitor.eliminate', { householdId: h!.id, mode: '帮扶消除', date: '2023-09-10' });
    expect(refused).toMatchObject({ code: 'monitor.income-below-line', message: expect.stringContaining('低于监测线') });
    const { rows } = await ledger.call('income.list', { householdId: h!.id });
    await ledger.call('income.save', { householdId: h!.id, period: '2023-09', values: { wageIncome: (rows[0]!.wageIncome ?? 0) * 2 } });
    const done = await ledger.call('monitor.eliminate', { householdId: h!.id, mode: '帮扶消除', date: '2023-09-10' });
    expect(done.events.at(-1)).toMatchObject({ kind: '风险消除', mode: '帮扶消除', snapshot: { period: '2023-09', recordPeriod: '2023-09', monitoringLineFen: 1_042_000 } });
    const reverted = await ledger.call('monitor.revert', { householdId: h!.id, reason: '复核发现收入数据有误', date: '2023-09-20' });
    expect(reverted.events.map((e) => e.kind)).toEqual(['识别纳入', '风险消除', '回退']);
    expect((await ledger.call('households.get', { id: h!.id })).household.riskEliminated).toBe('否');
    const history = await ledger.call('history.list', { table: 'households', id: h!.id });
    expect(history.some((e) => e.field === 'riskEliminated' && e.newValue === '是')).toBe(true);
  });

  it('warns about a monitoring object without a measure a month after 识别, and not once a measure is recorded', async () => {
    const [h] = targets;
    await ledger.call('monitor.identify', { householdId: h!.id, category: '突发严重困难户', risks: ['因意外事故'], date: '2023-07-05' });
    const before = await ledger.call('warnings.list', { period: '2023-09', ruleId: 'monitor.no-measure' });
    expect(before.warnings.map((w) => w.householdId)).toContain(h!.id);
    await ledger.call('measures.add', { householdId: h!.id, year: 2023, measure: '综合保障（低保/特困/临时救助）', startMonth: '2023-08' });
    const after = await ledger.call('warnings.list', { period: '2023-09', ruleId: 'monitor.no-measure' });
    expect(after.warnings.map((w) => w.householdId)).not.toContain(h!.id);
  });
});

describe('公示 export', () => {
  it('lists households proposed for 纳入 with masked IDs and no phone or health columns', async () => {
    const [poor] = targets;
    await importIncome([{ householdNo: poor!.householdNo, wage: total(9000, poor!.people), transfer: '0' }]);
    const file = await ledger.call('export.gongshi', { period: '2023-08', kind: '纳入' });
    expect(file.rows).toBe(1);
    const wb = XLSX.read(Buffer.from(file.contentBase64, 'base64'));
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: false });
    const text = JSON.stringify(rows);
    expect(rows[0]![0]).toContain('拟纳入防返贫监测对象公示名单');
    expect(text).toMatch(/公示期 5 天/);
    expect(text).toMatch(/440229\*{8}\d{3}[\dX]/);
    expect(text).not.toMatch(/440229\d{12}/);
    expect(text).not.toMatch(/联系电话|健康|因病|1[3-9]\d{9}/);
  });
});
