/**
 * Workbook fixtures generated in code (conventions, habit 12: no committed binaries): the member
 * return as villages send it (title, 填报单位 line, grouped header, 填表人 footer) written by ExcelJS,
 * the same rows as .xls (BIFF8) / .ods / .xlsx by SheetJS, CSV bytes in UTF-8, UTF-8 with BOM and
 * GBK, and broken files (declared dimension too small, encrypted OOXML container).
 */
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { completeIdNumber } from '../../shared/domain/id-number';

export type CellValue = string | number | Date | boolean | null;
export interface SheetSpec {
  name: string;
  rows: CellValue[][];
}

export const MEMBER_HEADERS = ['县', '镇(乡)', '村', '户编号', '户主姓名', '姓名', '证件号码', '与户主关系', '出生日期', '健康状况', '家庭人口数', '工资性收入（元）'];

/** Header groups of the grouped-header layout: [group, first column, last column] (0-based). */
const MEMBER_GROUPS: [string, number, number][] = [
  ['基本信息', 0, 4],
  ['家庭成员', 5, 9],
  ['收入', 10, 11],
];

const NAMES = ['张三', '李四', '王五', '赵六', '陈七', '刘八', '黄九', '周十'];
const RELATIONS = ['户主', '配偶', '之子', '之女'];

/** Deterministic member rows matching MEMBER_HEADERS: valid IDs, a date, numbers, text. */
export function memberRows(count: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let i = 0; i < count; i++) {
    const year = 1950 + (i % 60);
    const birth = new Date(Date.UTC(year, i % 12, 1 + (i % 28)));
    const first17 = `440229${year}${String((i % 12) + 1).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
    const household = Math.floor(i / 4);
    rows.push([
      '翁源县',
      '龙仙镇',
      `青云村`,
      `44022910${String(household).padStart(6, '0')}`,
      NAMES[household % NAMES.length] ?? '张三',
      `${NAMES[i % NAMES.length] ?? '张三'}${i}`,
      completeIdNumber(first17),
      RELATIONS[i % 4] ?? '户主',
      birth,
      i % 5 === 0 ? '长期慢性病' : '健康',
      4,
      i % 3 === 0 ? 12345.5 : 8000 + i,
    ]);
  }
  return rows;
}

/** The text the reader must produce for memberRows(): ISO dates, numbers as shortest decimals. */
export function memberRowsAsText(rows: readonly CellValue[][]): string[][] {
  return rows.map((row) =>
    row.map((value) => {
      if (value === null) return '';
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
      return String(value);
    }),
  );
}

export interface MemberWorkbookOptions {
  headers?: string[];
  title?: string;
  /** A "填报单位：… 填报日期：…" line under the title. */
  filledIn?: string;
  groupedHeader?: boolean;
  footer?: boolean;
  /** Write the 证件号码 column as numbers, as Excel does when the column is not text-formatted. */
  idAsNumber?: boolean;
  sheetName?: string;
  extraSheets?: SheetSpec[];
}

async function excelJsBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The village member return as an ExcelJS-written xlsx. */
export async function buildMemberWorkbookXlsx(rows: CellValue[][], options: MemberWorkbookOptions = {}): Promise<Uint8Array> {
  const headers = options.headers ?? MEMBER_HEADERS;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? '家庭成员');
  const idColumn = headers.indexOf('证件号码') + 1;
  if (options.title !== undefined) {
    sheet.addRow([options.title]);
    sheet.mergeCells(sheet.rowCount, 1, sheet.rowCount, headers.length);
  }
  if (options.filledIn !== undefined) sheet.addRow([options.filledIn]);
  if (options.groupedHeader) {
    const groupRow = sheet.addRow([]);
    for (const [group, first, last] of MEMBER_GROUPS) {
      if (last >= headers.length) continue;
      groupRow.getCell(first + 1).value = group;
      sheet.mergeCells(groupRow.number, first + 1, groupRow.number, last + 1);
    }
  }
  sheet.addRow(headers);
  for (const values of rows) {
    const row = sheet.addRow(values.map((v) => (v === null ? null : v)));
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      if (c + 1 === idColumn && typeof value === 'string') {
        if (options.idAsNumber) cell.value = Number(value);
        else cell.numFmt = '@';
      }
    });
  }
  if (options.footer) {
    sheet.addRow([]);
    sheet.addRow(['填表人：李小红', null, null, '审核人：王建国', null, null, '填报日期：2023年7月20日']);
  }
  for (const extra of options.extraSheets ?? []) {
    const added = workbook.addWorksheet(extra.name);
    for (const values of extra.rows) added.addRow(values);
  }
  return excelJsBytes(workbook);
}

function toSheetJsCell(value: CellValue): XLSX.CellObject | null {
  if (value === null) return null;
  if (value instanceof Date) return { t: 'n', v: value.getTime() / 86_400_000 + 25569, z: 'yyyy/mm/dd' };
  if (typeof value === 'number') return { t: 'n', v: value };
  if (typeof value === 'boolean') return { t: 'b', v: value };
  return { t: 's', v: value };
}

function sheetJsWorkbook(sheets: readonly SheetSpec[]): XLSX.WorkBook {
  const workbook = XLSX.utils.book_new();
  for (const spec of sheets) {
    const sheet: XLSX.WorkSheet = {};
    let maxColumn = 0;
    spec.rows.forEach((values, r) => {
      values.forEach((value, c) => {
        const cell = toSheetJsCell(value);
        if (cell) sheet[XLSX.utils.encode_cell({ r, c })] = cell;
        maxColumn = Math.max(maxColumn, c);
      });
    });
    sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, spec.rows.length - 1), c: maxColumn } });
    XLSX.utils.book_append_sheet(workbook, sheet, spec.name);
  }
  return workbook;
}

function write(sheets: readonly SheetSpec[], bookType: XLSX.BookType): Uint8Array {
  return new Uint8Array(XLSX.write(sheetJsWorkbook(sheets), { bookType, type: 'buffer' }) as Buffer);
}

export const toXls = (sheets: readonly SheetSpec[]): Uint8Array => write(sheets, 'biff8');
export const toOds = (sheets: readonly SheetSpec[]): Uint8Array => write(sheets, 'ods');
export const toXlsxWithSheetJs = (sheets: readonly SheetSpec[]): Uint8Array => write(sheets, 'xlsx');

let gbkTable: Map<string, number[]> | null = null;

/** GBK bytes of a text (Node has no GBK encoder): reverse of TextDecoder('gbk') over the double-byte range. */
export function gbkEncode(text: string): Uint8Array {
  if (gbkTable === null) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`no GBK encoding for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV as Excel writes it (CRLF, quoted where needed) in the given encoding. */
export function toCsvBytes(rows: readonly (readonly string[])[], encoding: 'utf8' | 'utf8-bom' | 'gbk'): Uint8Array {
  const text = rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  if (encoding === 'gbk') return gbkEncode(text);
  const body = new TextEncoder().encode(text);
  if (encoding === 'utf8') return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

interface ZipContainer {
  FullPaths: string[];
  FileIndex: { name?: string; content?: Uint8Array | number[] }[];
}
const CFB = XLSX.CFB as {
  read(data: Uint8Array, options: { type: 'buffer' }): ZipContainer;
  write(container: unknown, options: { type: 'buffer'; fileType?: 'zip' | 'cfb' }): Buffer;
  utils: { cfb_new(): unknown; cfb_add(container: unknown, name: string, content: Uint8Array): void };
};

/** The xlsx with one zip part's XML rewritten (to build the odd files real systems produce). */
export function withZipPart(xlsx: Uint8Array, part: string, rewrite: (xml: string) => string): Uint8Array {
  const zip = CFB.read(xlsx, { type: 'buffer' });
  const index = zip.FullPaths.findIndex((p) => p.endsWith(`/${part}`));
  const entry = zip.FileIndex[index];
  if (!entry?.content) throw new Error(`${part} not found`);
  entry.content = Buffer.from(rewrite(Buffer.from(entry.content).toString('utf8')), 'utf8');
  return new Uint8Array(CFB.write(zip, { type: 'buffer', fileType: 'zip' }));
}

/** The xlsx with its first sheet's declared <dimension> replaced (system exports declare it wrong). */
export function withDeclaredDimension(xlsx: Uint8Array, ref: string): Uint8Array {
  return withZipPart(xlsx, 'xl/worksheets/sheet1.xml', (xml) =>
    /<dimension\b/.test(xml)
      ? xml.replace(/<dimension ref="[^"]*"\s*\/>/, `<dimension ref="${ref}"/>`)
      : xml.replace(/<sheetViews|<sheetFormatPr|<sheetData/, (tag) => `<dimension ref="${ref}"/>${tag}`),
  );
}

/** An OLE container shaped like a password-protected xlsx (EncryptionInfo + EncryptedPackage). */
export function encryptedOoxml(): Uint8Array {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, 1, 2, 3, 4]));
  CFB.utils.cfb_add(container, 'EncryptedPackage', new Uint8Array(4096).fill(7));
  return new Uint8Array(CFB.write(container, { type: 'buffer' }));
}

/** A zip shaped like a Word .docx, for the "renamed file" refusal. */
export function docxLike(): Uint8Array {
  const container = CFB.utils.cfb_new();
  const text = (xml: string): Uint8Array => new TextEncoder().encode(xml);
  CFB.utils.cfb_add(container, '[Content_Types].xml', text('<?xml version="1.0"?><Types/>'));
  CFB.utils.cfb_add(container, 'word/document.xml', text('<?xml version="1.0"?><w:document/>'));
  return new Uint8Array(CFB.write(container, { type: 'buffer', fileType: 'zip' }));
}

/** The .xls with an RC4 FILEPASS record after the first BOF, as Excel writes a password-protected xls. */
export function withXlsPassword(xls: Uint8Array): Uint8Array {
  const container = CFB.read(xls, { type: 'buffer' });
  const entry = container.FileIndex.find((e) => e.name === 'Workbook');
  if (!entry?.content) throw new Error('Workbook stream not found');
  const stream = Buffer.from(entry.content);
  const bofEnd = 4 + stream.readUInt16LE(2);
  const filePass = Buffer.alloc(4 + 54);
  filePass.writeUInt16LE(0x002f, 0);
  filePass.writeUInt16LE(54, 2);
  filePass.writeUInt16LE(1, 4);
  filePass.writeUInt16LE(1, 6);
  filePass.writeUInt16LE(1, 8);
  entry.content = Buffer.concat([stream.subarray(0, bofEnd), filePass, stream.subarray(bofEnd)]);
  return new Uint8Array(CFB.write(container, { type: 'buffer', fileType: 'cfb' }));
}
