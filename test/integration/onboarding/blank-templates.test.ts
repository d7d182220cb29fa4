import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatFieldValue } from '../../../shared/domain/field-values';
import { DISABILITY_LIST_TEMPLATE, HOUSEHOLD_MEMBERS_TEMPLATE, INCOME_TEMPLATE, templateById } from '../../../shared/templates';
import { BLANK_TEMPLATE_IDS, type BlankTemplateId } from '../../../shared/templates/blank-templates';
import { runCli } from '../../support/cli';
import { demoHouseholds } from '../../support/member-returns';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';

let ledger: TempLedger;
beforeEach(async () => {
  ledger = await tempLedger();
});
afterEach(() => ledger.close());

async function blank(kind: BlankTemplateId): Promise<{ fileName: string; workbook: ExcelJS.Workbook }> {
  const file = await ledger.call('templates.blank', { kind });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  return { fileName: file.fileName, workbook };
}

async function stageWorkbook(workbook: ExcelJS.Workbook, fileName: string, reportMonth?: string) {
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return ledger.call('imports.stage', { fileName, contentBase64: bytes.toString('base64'), ...(reportMonth ? { reportMonth } : {}) });
}

describe('blank templates', () => {
  it.each(BLANK_TEMPLATE_IDS.map((id) => [templateById(id)!.name, id] as const))('%s re-imports as an empty file without errors', async (name, id) => {
    const { fileName, workbook } = await blank(id);
    const preview = await stageWorkbook(workbook, fileName, '2023-07');
    expect(preview.templateId).toBe(id);
    expect(preview.templateName).toBe(name);
    expect(preview.sheets[0]).toMatchObject({ headerRow: 2, detectedBy: 'headers', missingRequired: [] });
    expect(preview.counts).toMatchObject({ read: 0, rejected: 0 });
    expect(preview.errorCount).toBe(0);
  });

  it('takes a filled 残联 blank in as the 残联 list', async () => {
    const { town, households } = demoHouseholds(2);
    const people = households.flatMap((h) => h.members).slice(0, 2);
    const { fileName, workbook } = await blank('disability-list');
    const sheet = workbook.worksheets[0]!;
    const col = (key: string) => DISABILITY_LIST_TEMPLATE.columns.findIndex((c) => c.key === key) + 1;
    people.forEach((p, i) => {
      const row = sheet.getRow(3 + i);
      row.getCell(col('town')).value = town;
      row.getCell(col('name')).value = String(p.values.name);
      row.getCell(col('idNo')).value = String(p.values.idNo);
      row.getCell(col('disabilityKind')).value = i === 0 ? '肢体残疾' : '精神';
    });
    const preview = await stageWorkbook(workbook, fileName);
    expect(preview.templateId).toBe('disability-list');
    expect(preview.counts).toMatchObject({ read: 2, inserted: 2, rejected: 0 });
    await ledger.call('imports.commit', { sessionId: preview.sessionId });
    const stored = ledger.service.db.prepare("SELECT id_no AS idNo, kind FROM department_lists WHERE department = '残联' ORDER BY id").all();
    expect(stored).toEqual([
      { idNo: String(people[0]!.values.idNo), kind: '肢体' },
      { idNo: String(people[1]!.values.idNo), kind: '精神' },
    ]);
  });

  it('writes the headers in the template order under a title naming the town, with the header frozen', async () => {
    await ledger.call('profile.save', { county: '翁源县', town: '官渡镇' });
    const { fileName, workbook } = await blank('household-members');
    expect(fileName).toBe('官渡镇家庭成员信息表（空白模板）.xlsx');
    const sheet = workbook.getWorksheet('家庭成员信息表')!;
    expect(sheet.getCell('A1').value).toBe('官渡镇家庭成员信息表');
    const headers = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(headers).toEqual(HOUSEHOLD_MEMBERS_TEMPLATE.columns.map((c) => c.header));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('formats ID and phone columns as text and offers the code list as a dropdown', async () => {
    const { workbook } = await blank('household-members');
    const sheet = workbook.getWorksheet('家庭成员信息表')!;
    const col = (header: string) => HOUSEHOLD_MEMBERS_TEMPLATE.columns.findIndex((c) => c.header === header) + 1;
    expect(sheet.getRow(10).getCell(col('证件号码')).numFmt).toBe('@');
    expect(sheet.getRow(10).getCell(col('户主证件号码')).numFmt).toBe('@');
    expect(sheet.getRow(10).getCell(col('联系电话')).numFmt).toBe('@');
    expect(sheet.getColumn(col('证件号码')).width).toBeGreaterThanOrEqual(20);
    const relation = sheet.getRow(10).getCell(col('与户主关系')).dataValidation;
    expect(relation).toMatchObject({ type: 'list', errorStyle: 'stop' });
    const codes = workbook.getWorksheet('代码表')!;
    expect(codes.state).toBe('veryHidden');
    const range = /'代码表'!\$([A-Z]+)\$1:\$[A-Z]+\$(\d+)/.exec(relation.formulae![0] as string)!;
    const listed = Array.from({ length: Number(range[2]) }, (_, i) => codes.getCell(`${range[1]}${i + 1}`).value);
    expect(listed).toContain('户主');
    expect(listed).toContain('之子');
  });

  it('reads back a filled 家庭成员信息表 as the same households and members', async () => {
    const { town, households } = demoHouseholds(6);
    const { fileName, workbook } = await blank('household-members');
    const sheet = workbook.getWorksheet('家庭成员信息表')!;
    const columns = HOUSEHOLD_MEMBERS_TEMPLATE.columns;
    let row = 3;
    for (const h of households) {
      const head = h.members.find((m) => m.values.relation === '户主')!;
      const shared: Record<string, unknown> = {
        ...h.values,
        county: '翁源县',
        town,
        village: h.village,
        group: h.group,
        householdNo: h.householdNo,
        headName: head.values.name,
        headIdNo: head.values.idNo,
        memberCountStated: h.members.length,
      };
      for (const m of h.members) {
        const values: Record<string, unknown> = { ...shared, ...m.values, phone: h.values.phone ?? null, memberPhone: m.values.phone ?? null, reportMonth: '2023-07' };
        columns.forEach((c, i) => {
          const value = values[c.key];
          if (value !== undefined && value !== null && c.key !== 'sex' && c.key !== 'birthDate') sheet.getRow(row).getCell(i + 1).value = formatFieldValue(value as never);
        });
        row++;
      }
    }
    const preview = await stageWorkbook(workbook, fileName);
    expect(preview.errorCount).toBe(0);
    expect(preview.counts).toMatchObject({ read: row - 3, inserted: row - 3, rejected: 0 });
    await ledger.call('imports.commit', { sessionId: preview.sessionId });

    for (const h of households) {
      const page = await ledger.call('households.list', { offset: 0, limit: 5, sort: [], search: h.householdNo });
      const stored = page.rows.find((r) => r.householdNo === h.householdNo)!;
      expect(stored).toMatchObject({ village: h.village, group: h.group, memberCount: h.members.length });
      for (const [key, value] of Object.entries(h.values)) expect(formatFieldValue(stored[key as keyof typeof stored]), `${h.householdNo} ${key}`).toBe(formatFieldValue(value));
      for (const m of h.members) {
        const { member } = await ledger.call('members.byIdNo', { idNo: m.values.idNo as string });
        for (const [key, value] of Object.entries(m.values)) expect(formatFieldValue(member[key as keyof typeof member]), `${String(m.values.name)} ${key}`).toBe(formatFieldValue(value));
      }
    }
  });

  it('reads back a filled 收入情况表 as the same income records', async () => {
    const { fileName, workbook } = await blank('income');
    const sheet = workbook.getWorksheet('收入情况表')!;
    const col = (key: string) => INCOME_TEMPLATE.columns.findIndex((c) => c.key === key) + 1;
    const { town, households } = demoHouseholds(3);
    const seeded = await blank('household-members');
    const memberSheet = seeded.workbook.getWorksheet('家庭成员信息表')!;
    const memberCol = (key: string) => HOUSEHOLD_MEMBERS_TEMPLATE.columns.findIndex((c) => c.key === key) + 1;
    let r = 3;
    for (const h of households)
      for (const m of h.members) {
        const cells: [string, string][] = [['county', '翁源县'], ['town', town], ['village', h.village], ['householdNo', h.householdNo], ['householdType', String(h.values.householdType)], ['name', String(m.values.name)], ['idNo', String(m.values.idNo)], ['relation', String(m.values.relation)]];
        for (const [key, value] of cells) memberSheet.getRow(r).getCell(memberCol(key)).value = value;
        r++;
      }
    const members = await stageWorkbook(seeded.workbook, seeded.fileName, '2023-07');
    await ledger.call('imports.commit', { sessionId: members.sessionId });

    households.forEach((h, i) => {
      const head = h.members.find((m) => m.values.relation === '户主')!;
      const row = sheet.getRow(3 + i);
      row.getCell(col('householdNo')).value = h.householdNo;
      row.getCell(col('headIdNo')).value = String(head.values.idNo);
      row.getCell(col('period')).value = '2023-07';
      row.getCell(col('wageIncome')).value = 12000 + i * 1000.5;
      row.getCell(col('transferIncome')).value = 3000;
      row.getCell(col('selfPaidCost')).value = 450.25;
    });
    const preview = await stageWorkbook(workbook, fileName);
    expect(preview.errorCount).toBe(0);
    expect(preview.counts).toMatchObject({ read: households.length, rejected: 0 });
    await ledger.call('imports.commit', { sessionId: preview.sessionId });
    const income = await ledger.call('income.list', { offset: 0, limit: 50, sort: [{ colId: 'householdNo', sort: 'asc' }], filters: {} });
    expect(income.rows.map((x) => [x.householdNo, x.period, x.wageIncome, x.transferIncome, x.selfPaidCost])).toEqual(
      [...households].sort((a, b) => a.householdNo.localeCompare(b.householdNo)).map((h) => {
        const i = households.indexOf(h);
        return [h.householdNo, '2023-07', Math.round((12000 + i * 1000.5) * 100), 300000, 45025];
      }),
    );
  });

  it('is written by the CLI for a kind named in Chinese, and a wrong kind is refused with the choices', async () => {
    const out = join(ledger.dir, '模板.xlsx');
    const ok = runCli('export', 'template', '--db', ledger.path, '--kind', '收入情况表', '--out', out);
    expect(ok.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect((workbook.getWorksheet('收入情况表')!.getRow(2).values as unknown[]).slice(1)).toEqual(INCOME_TEMPLATE.columns.map((c) => c.header));
    const bad = runCli('export', 'template', '--db', ledger.path, '--kind', '就业台账', '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('household-members（家庭成员信息表）');
  });
});
