/**
 * Village-return workbooks (家庭成员信息表) of N member rows for the import benchmark, in the
 * template shape of test/support/member-returns.ts (same columns, title and 填报 lines above the
 * header), from the county-size demo generator: .xlsx through ExcelJS's streaming writer (rows
 * are committed as they are drawn, memory stays flat), .xls through SheetJS (BIFF8 holds at most
 * 65 536 rows), and a GBK-encoded .csv as Chinese Excel saves it.
 */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { generateScaleHouseholds } from '../../main/demo/generate-scale';
import { RETURN_COLUMNS } from '../../test/support/member-returns';
import { gbkEncode } from '../../test/support/workbooks';

export const HEADERS = RETURN_COLUMNS.map(([header]) => header);
const TITLE = '翁源县2023年7月家庭成员信息表';

/** The data rows (no header) of N 在户 members, streamed. */
export function* returnRows(rows: number, seed = 21): Generator<string[]> {
  let emitted = 0;
  for (const h of generateScaleHouseholds({ persons: rows * 2, seed })) {
    for (const m of h.members) {
      if (m.values.status !== '在户') continue;
      yield RETURN_COLUMNS.map(([, pick]) => pick(h, m, h.town));
      if (++emitted >= rows) return;
    }
  }
}

function aboveHeader(): string[][] {
  return [[TITLE], ['填报单位：翁源县乡村振兴局', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '填报日期：2023年7月18日']];
}

export async function writeReturnXlsx(path: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('家庭成员信息表');
  for (const row of aboveHeader()) sheet.addRow(row).commit();
  sheet.addRow(HEADERS).commit();
  for (const row of returnRows(rows)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

export function writeReturnXls(path: string, rows: number): void {
  const sheet = [...aboveHeader(), HEADERS, ...returnRows(rows)];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(sheet), '家庭成员信息表');
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
}

function csvLine(row: string[]): string {
  return `${row.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\r\n`;
}

export async function writeReturnCsvGbk(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(gbkEncode(text))) await once(out, 'drain');
  };
  for (const row of aboveHeader()) await write(csvLine(row));
  await write(csvLine(HEADERS));
  let chunk = '';
  let n = 0;
  for (const row of returnRows(rows)) {
    chunk += csvLine(row);
    if (++n % 2000 === 0) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  out.end();
  await once(out, 'finish');
}
