/**
 * The quarter-end export (domain.md §6.9): the town's whole ledger as one workbook for the county's
 * analysis — a 说明 sheet (town, period, counts, export time) and one sheet per provider of
 * QUARTER_SHEETS, each a title row, the template's header row and the data. Written with ExcelJS's
 * streaming writer, row by row, yielding to the event loop every few thousand rows so the archive
 * drains to the file: a ledger of a million members never sits in memory as a sheet. Every cell is
 * text (IDs and phone numbers must never become numbers). The 说明 counts are taken just before the rows; an edit
 * made while a long export runs may make them differ by that edit (the returned counts are the rows
 * written).
 */
import ExcelJS from 'exceljs';
import { createWriteStream } from 'node:fs';
import { PassThrough, type Writable } from 'node:stream';
import { ApiError } from '../../shared/api/errors';
import { formatQuarter, parseQuarter, type Quarter } from '../../shared/domain/quarters';
import { localIsoDate } from '../../shared/domain/periods';
import { profileFooter } from '../../shared/domain/profile';
import { checksSettled } from '../checks/background';
import type { Db } from '../db/open';
import { readProfile } from '../db/profile';
import { safeSheetName } from '../io/write-workbook';
import { QUARTER_SHEETS, type SheetProvider } from './quarter-sheets';

export interface QuarterExportResult {
  fileName: string;
  sheets: { name: string; rows: number }[];
}

const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE8EEF7' } };

function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return w;
}

export function requireQuarter(raw: string | undefined): Quarter {
  const quarter = raw === undefined ? null : parseQuarter(raw);
  if (!quarter) throw new ApiError('input.bad-quarter', `季度应写成 2023Q3 这样的格式（年份 + Q + 1–4），现为“${raw ?? ''}”`);
  return quarter;
}

function townOf(db: Db): { town: string; county: string } {
  const names = (level: string) => (db.prepare('SELECT name FROM admin_units WHERE level = ? ORDER BY name').all(level) as { name: string }[]).map((r) => r.name);
  return { town: names('town').join('、'), county: names('county').join('、') };
}

export function quarterFileName(db: Db, quarter: Quarter): string {
  const { town } = townOf(db);
  return `${town || '台账'}${formatQuarter(quarter)}末台账导出.xlsx`;
}

const YIELD_EVERY = 5000;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, provider: SheetProvider, title: string, rows: Iterable<string[]>): Promise<number> {
  const sheet = workbook.addWorksheet(safeSheetName(provider.name), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  sheet.columns = provider.headers.map((h) => ({ width: Math.min(40, Math.max(8, displayWidth(h) + 4)), style: { numFmt: '@' } }));
  const titleRow = sheet.addRow([title]);
  titleRow.font = { bold: true, size: 14 };
  titleRow.commit();
  const header = sheet.addRow([...provider.headers]);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  header.commit();
  let n = 0;
  for (const values of rows) {
    sheet.addRow(values).commit();
    if (++n % YIELD_EVERY === 0) await tick();
  }
  sheet.commit();
  return n;
}

/** Write the workbook to `out` (a stream the caller owns the end of through this promise). */
export async function writeQuarterWorkbook(db: Db, quarter: Quarter, out: Writable, now: Date = new Date()): Promise<QuarterExportResult> {
  // The 数据筛查疑点 sheet lists the findings as of now: bring them up to date first, as 数据筛查 does on
  // read; a background run is waited for without holding other requests (checks/background.ts).
  if ((db.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n > 0) await checksSettled(db);
  const { town, county } = townOf(db);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = '守底台账';
  // ExcelJS orders sheets as added, and 说明 comes first: its counts are taken before the rows.
  const counts = QUARTER_SHEETS.map((p) => ({ provider: p, rows: p.count(db, quarter) }));
  const readme = workbook.addWorksheet('说明');
  readme.columns = [{ width: 22 }, { width: 90 }];
  const line = (a: string, b = '') => readme.addRow([a, b]).commit();
  const titleRow = readme.addRow([`${town}${formatQuarter(quarter)}末台账导出`]);
  titleRow.font = { bold: true, size: 14 };
  titleRow.commit();
  line('县', county);
  line('镇（乡）', town);
  line('季度', `${formatQuarter(quarter)}（${quarter.start} 至 ${quarter.end}）`);
  line('导出时间', now.toLocaleString('zh-CN', { hour12: false }));
  line('');
  line('工作表', '行数 · 内容');
  for (const { provider, rows } of counts) line(provider.name, `${rows} 行 · ${provider.describe}`);
  line('');
  line('说明', '户信息、家庭成员为导出时台账的现状；收支、帮扶措施、识别与消除记录、就业台账、就业帮扶服务记录、返乡回流为截至本季度末的数据；数据筛查疑点为导出时尚未更正或核实的。证件号码、电话均为文本格式。');
  line('');
  line('填报', profileFooter(readProfile(db), localIsoDate(now)));
  readme.commit();
  const sheets: QuarterExportResult['sheets'] = [];
  for (const { provider } of counts) {
    const written = await addSheet(workbook, provider, `${town}${provider.name}（${formatQuarter(quarter)}末）`, provider.rows(db, quarter));
    sheets.push({ name: provider.name, rows: written });
  }
  await workbook.commit();
  return { fileName: quarterFileName(db, quarter), sheets };
}

export async function exportQuarterToFile(db: Db, quarter: Quarter, path: string): Promise<QuarterExportResult> {
  const out = createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  const result = await writeQuarterWorkbook(db, quarter, out);
  await done;
  return result;
}

export async function exportQuarterBytes(db: Db, quarter: Quarter): Promise<QuarterExportResult & { bytes: Buffer }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const result = await writeQuarterWorkbook(db, quarter, out);
  await done;
  return { ...result, bytes: Buffer.concat(chunks) };
}
