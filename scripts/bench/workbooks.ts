/**
 * Village-return workbooks (家庭成员信息表) of N member rows for the import benchmark, in the
 * template shape of test/support/member-returns.ts (same columns, title and 填报 lines above the
 * header), from the county-size demo generator: .xlsx through ExcelJS's streaming writer (rows
 * are committed as they are drawn, memory stays flat), .xls by converting that .xlsx with LibreOffice
 * (BIFF8 holds at most 65 536 rows), and a GBK-encoded .csv as Chinese Excel saves it.
 *
 * Why LibreOffice for .xls: SheetJS's BIFF8 writer allocates a fresh buffer per record and slows
 * down superlinearly — 10 000 rows took 10 s and 3 GB, 65 000 rows 5 minutes and 18 GB — while
 * `soffice --convert-to xls` writes the same 65 000 rows in about 11 s. LibreOffice is installed by
 * .ci/run (libreoffice-calc-nogui); without it the .xls scenario is reported as not run.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

export const SOFFICE_AVAILABLE = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

export async function writeReturnXls(path: string, rows: number): Promise<void> {
  if (!SOFFICE_AVAILABLE) throw new Error('LibreOffice (soffice) is not installed: cannot write the .xls input (apt install libreoffice-calc-nogui)');
  const dir = mkdtempSync(join(tmpdir(), 'shoudi-xls-'));
  try {
    const xlsx = join(dir, 'return.xlsx');
    await writeReturnXlsx(xlsx, rows);
    const result = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xls', '--outdir', dir, xlsx], { encoding: 'utf8', timeout: 600_000 });
    if (result.status !== 0) throw new Error(`soffice --convert-to xls failed: ${result.stderr}`);
    copyFileSync(join(dir, 'return.xls'), path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
