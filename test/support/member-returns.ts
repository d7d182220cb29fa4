/**
 * Village monthly returns (家庭成员信息表) generated from the demo generator, laid out the way real
 * returns are: a title row with the month, a 填报单位/填报日期 line, a grouped header row of merged
 * cells above the field row, the data, and a 填表人/审核人 footer. Written with ExcelJS (xlsx) or
 * SheetJS (xls, csv), never committed as binaries.
 */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { demoTown, generateDemoHouseholds, type DemoHousehold } from '../../main/demo/generate-demo';
import { formatFieldValue } from '../../shared/domain/field-values';
import { gbkEncode } from './workbooks';

export const RETURN_COLUMNS: [header: string, pick: (h: DemoHousehold, m: DemoHousehold['members'][number], town: string) => string][] = [
  ['县', () => '翁源县'],
  ['镇(乡)', (_h, _m, town) => town],
  ['村', (h) => h.village],
  ['组', (h) => h.group],
  ['户编号', (h) => h.householdNo],
  ['户类型', (h) => formatFieldValue(h.values.householdType ?? null)],
  ['监测对象类别', (h) => formatFieldValue(h.values.monitorCategory ?? null)],
  ['联系电话', (h) => formatFieldValue(h.values.phone ?? null)],
  ['姓名', (_h, m) => formatFieldValue(m.values.name ?? null)],
  ['证件号码', (_h, m) => formatFieldValue(m.values.idNo ?? null)],
  ['与户主关系', (_h, m) => formatFieldValue(m.values.relation ?? null)],
  ['文化程度', (_h, m) => formatFieldValue(m.values.education ?? null)],
  ['在校生状况', (_h, m) => formatFieldValue(m.values.schooling ?? null)],
  ['健康状况', (_h, m) => formatFieldValue(m.values.health ?? null)],
  ['劳动技能', (_h, m) => formatFieldValue(m.values.labourSkill ?? null)],
  ['享受低保', (_h, m) => formatFieldValue(m.values.dibao ?? null)],
  ['成员状态', (_h, m) => formatFieldValue(m.values.status ?? null)],
];

export interface ReturnLayout {
  title?: string;
  groupedHeader?: boolean;
  footer?: boolean;
}

/** Households of a demo town (deterministic), only their 在户 members. */
export function demoHouseholds(count: number, seed = 5): { town: string; households: DemoHousehold[] } {
  const options = { households: count, seed };
  const households = [...generateDemoHouseholds(options)].map((h) => ({ ...h, members: h.members.filter((m) => m.values.status === '在户') }));
  return { town: demoTown(options).town, households };
}

/** The data rows (headers first) of a return for these households. */
export function returnTable(town: string, households: DemoHousehold[]): string[][] {
  const rows = [RETURN_COLUMNS.map(([header]) => header)];
  for (const h of households) for (const m of h.members) rows.push(RETURN_COLUMNS.map(([, pick]) => pick(h, m, town)));
  return rows;
}

/** Whole sheet as text rows, with title/填报 lines above and the footer below. */
export function returnSheet(table: string[][], layout: ReturnLayout = {}): string[][] {
  const width = table[0]?.length ?? 1;
  const blank = () => Array.from({ length: width }, () => '');
  const out: string[][] = [];
  if (layout.title) {
    out.push([layout.title, ...blank().slice(1)]);
    out.push(['填报单位：龙仙镇人民政府', ...blank().slice(1, -1), '填报日期：2023年7月18日']);
  }
  if (layout.groupedHeader) {
    const group = blank();
    group[0] = '户基本信息';
    group[8] = '家庭成员信息';
    out.push(group);
  }
  out.push(...table);
  if (layout.footer) {
    out.push(blank());
    out.push(['填表人：王小红', ...blank().slice(1, 4), '审核人：陈国强', ...blank().slice(5)]);
  }
  return out;
}

/** xlsx via ExcelJS: every cell text, the grouped header's cells merged. */
export async function returnXlsx(sheet: string[][], layout: ReturnLayout = {}, sheetName = '家庭成员信息表'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheetName);
  sheet.forEach((row, r) => {
    const excelRow = ws.getRow(r + 1);
    row.forEach((value, c) => {
      if (value !== '') excelRow.getCell(c + 1).value = value;
    });
  });
  if (layout.groupedHeader) {
    const groupRow = (layout.title ? 2 : 0) + 1;
    ws.mergeCells(groupRow, 1, groupRow, 8);
    ws.mergeCells(groupRow, 9, groupRow, sheet[groupRow]?.length ?? 17);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Legacy .xls (BIFF8) via SheetJS, cells as text. */
export function returnXls(sheet: string[][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(sheet), '家庭成员信息表');
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
}

/** CSV as Chinese Excel saves it by default (GBK), or UTF-8 with BOM. */
export function returnCsv(sheet: string[][], encoding: 'gbk' | 'utf8-bom'): Uint8Array {
  const text = sheet.map((row) => row.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
  if (encoding === 'gbk') return gbkEncode(text);
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
}

export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
