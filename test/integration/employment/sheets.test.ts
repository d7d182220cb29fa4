import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmploymentRow } from '../../../shared/api/employment-contract';
import { employmentLedger, report, type EmploymentLedger } from '../../support/employment-fixture';

let ledger: EmploymentLedger;
let people: EmploymentRow[];

beforeAll(async () => {
  ledger = await employmentLedger(60, 8);
  people = ledger.labourers.slice(0, 6);
  const [p0, p1, p2, p3] = people as [EmploymentRow, EmploymentRow, EmploymentRow, EmploymentRow];
  await report(ledger, p0.memberId, '2023-06', 'out');
  await report(ledger, p0.memberId, '2023-07', 'none', { jobNeed: '是', trainingNeed: '是', trainingKind: '电工', wishedJob: '电工', wishedRegion: '县内' });
  await report(ledger, p1.memberId, '2023-07', 'in', { jobNeed: '否', trainingNeed: '是', trainingKind: '家政' });
  await report(ledger, p2.memberId, '2023-05', 'none', { jobNeed: '是' });
  await report(ledger, p3.memberId, '2023-07', 'in', { jobNeed: '否', trainingNeed: '否' });
  await ledger.call('services.add', { memberId: p0.memberId, date: '2023-07-03', kind: '就业指导' });
  await ledger.call('services.add', { memberId: p0.memberId, date: '2023-08-03', kind: '就业培训', project: '电工培训' });
  for (const post of ['电工', '普工', '仓管']) await ledger.call('services.add', { memberId: p0.memberId, date: '2023-09-03', kind: '岗位推荐', employer: '翁源某厂', post });
  await ledger.call('services.add', { memberId: p1.memberId, date: '2023-09-30', kind: '就业培训', project: '家政培训' });
  const [opened] = await ledger.call('returnees.list', {});
  await ledger.call('returnees.update', { id: opened!.id, patch: { reason: '企业裁员/停工', note: '家中有老人' } });
});
afterAll(() => ledger.close());

async function exportSheet(sheet: 'needs-sheet' | 'service-sheet' | 'returnees') {
  const file = await ledger.call('export.employmentSheet', { sheet, quarter: '2023Q3' });
  return { ...file, bytes: Buffer.from(file.contentBase64, 'base64') };
}

async function reimport(bytes: Buffer, fileName: string) {
  return ledger.call('imports.stage', { fileName, contentBase64: bytes.toString('base64') });
}

describe('quarterly sheets', () => {
  it('writes a print-ready needs sheet: title, 填报单位 line, grouped two-row header, text IDs, repeated header rows, footer', async () => {
    const file = await exportSheet('needs-sheet');
    expect(file.fileName).toMatch(/^.+镇2023年第三季度脱贫劳动力就业培训需求表\.xlsx$/);
    expect(file.rows).toBe(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:4' });
    expect(String(ws.getCell('A1').value)).toContain('2023年第三季度脱贫劳动力就业培训需求表');
    expect(String(ws.getCell('A2').value)).toMatch(/^填报单位：.+填报日期：\d{4}-\d{2}-\d{2}$/);
    expect(ws.getCell('D3').value).toBe('基本情况');
    expect(ws.getCell('D4').value).toBe('姓名');
    expect(ws.getCell('A3').value).toBe('序号');
    expect(ws.getCell('A4').isMerged).toBe(true);
    const ids = [5, 6, 7].map((r) => ws.getCell(`E${r}`));
    expect(ids.every((cell) => typeof cell.value === 'string' && cell.numFmt === '@' && cell.border?.left?.style === 'thin')).toBe(true);
    expect(ids.map((cell) => cell.value).sort()).toEqual([people[0]!.idNo, people[1]!.idNo, people[2]!.idNo].sort());
    const footer = ws.getRow(9).getCell(1).value;
    expect(String(footer)).toContain('填表人');
    expect(String(footer)).toContain('审核人');
    expect(String(footer)).toContain('联系电话');
  });

  it('re-imports the needs sheet to the same data, and restores a need changed since', async () => {
    const file = await exportSheet('needs-sheet');
    const same = await reimport(file.bytes, file.fileName);
    expect(same).toMatchObject({ templateId: 'needs-sheet', errorCount: 0, counts: { read: 3, unchanged: 3 } });
    await ledger.call('employment.update', { memberId: people[0]!.memberId, month: '2023-07', patch: { trainingNeed: '否', wishedJob: '司机' } });
    const changed = await reimport(file.bytes, file.fileName);
    expect(changed.counts).toMatchObject({ updated: 1, unchanged: 2 });
    await ledger.call('imports.commit', { sessionId: changed.sessionId });
    const row = (await ledger.call('employment.list', { month: '2023-07', limit: 1000 })).rows.find((r) => r.memberId === people[0]!.memberId);
    expect(row).toMatchObject({ jobNeed: '是', trainingNeed: '是', wishedJob: '电工' });
  });

  it('writes the 就业帮扶落实情况表 with 达标 and reasons and a village summary, and re-imports it unchanged', async () => {
    const file = await exportSheet('service-sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['脱贫劳动力就业帮扶落实情况表', '各村汇总']);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(4).values as unknown[]).map((v) => (v === null || v === undefined ? '' : String(v)));
    const metCol = header.indexOf('是否达标');
    const byId = new Map<string, string[]>();
    for (let r = 5; r < 5 + file.rows; r++) byId.set(String(ws.getRow(r).getCell(5).value), (ws.getRow(r).values as unknown[]).map((v) => String(v ?? '')));
    expect(byId.get(people[0]!.idNo)?.[metCol]).toBe('是');
    expect(byId.get(people[1]!.idNo)?.[metCol]).toBe('否');
    expect(byId.get(people[1]!.idNo)?.[metCol + 1]).toBe('就业指导 0 次（应至少 1 次）；岗位推荐 0 个（应至少 3 个）');
    const summary = wb.worksheets[1]!;
    expect(summary.getCell('A3').value).toBe('村');
    const totals = [4, 5, 6, 7].map((r) => summary.getRow(r).values as unknown[]).filter((v) => /^\d+$/.test(String(v[2])));
    expect(totals.reduce((n, v) => n + Number(v[2]), 0)).toBe(3);

    const same = await reimport(file.bytes, file.fileName);
    expect(same).toMatchObject({ templateId: 'hr-feedback-counts', errorCount: 0, counts: { read: 3, unchanged: 3 } });
  });

  it('puts a deleted service back from the re-imported 落实情况表', async () => {
    const file = await exportSheet('service-sheet');
    const training = (await ledger.call('services.list', { memberId: people[1]!.memberId })).find((e) => e.kind === '就业培训');
    await ledger.call('services.remove', { id: training!.id });
    const back = await reimport(file.bytes, file.fileName);
    expect(back.counts).toMatchObject({ inserted: 1, unchanged: 2 });
    await ledger.call('imports.commit', { sessionId: back.sessionId });
    const row = (await ledger.call('services.quarter', { quarter: '2023Q3' })).rows.find((r) => r.memberId === people[1]!.memberId);
    expect(row?.training).toBe(1);
  });

  it('exports the 返乡回流跟踪台账 and re-imports it to the same cases', async () => {
    const file = await exportSheet('returnees');
    expect(file.rows).toBe(1);
    const same = await reimport(file.bytes, file.fileName);
    expect(same).toMatchObject({ templateId: 'returnees', errorCount: 0, counts: { read: 1, unchanged: 1 } });
    const [before] = await ledger.call('returnees.list', {});
    await ledger.call('returnees.update', { id: before!.id, patch: { reason: '家庭原因', note: null } });
    const restore = await reimport(file.bytes, file.fileName);
    expect(restore.counts).toMatchObject({ updated: 1 });
    await ledger.call('imports.commit', { sessionId: restore.sessionId });
    const [after] = await ledger.call('returnees.list', {});
    expect(after).toMatchObject({ id: before!.id, reason: '企业裁员/停工', note: '家中有老人', returnDate: '2023-07', originRegion: '省外回流', status: '跟踪中' });
  });
});
