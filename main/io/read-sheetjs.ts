/**
 * The SheetJS path of the workbook reader: xlsx and ods (zip), xls (BIFF in an OLE compound file),
 * and text (CSV, or an HTML/XML table saved as .xls) — every cell turned into text by cell-text.ts.
 *
 * Memory: dense mode, no formatted text/HTML/styles kept, and `sheetRows` stops parsing one row
 * past the limit. The declared sheet range (`!ref`) is never trusted — system exports declare it
 * wrong — the rows come from the dense data itself. The xlsx styles part is patched in memory with
 * the zh-CN built-in date formats it uses but does not define (CJK_BUILTIN_FORMATS) before parsing.
 * Library exceptions are mapped to ApiErrors (encrypted / corrupt); none escapes raw.
 */
import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';
import { ApiError } from '../../shared/api/errors';
import { booleanCellText, CJK_BUILTIN_FORMATS, numberCellText, stringCellText } from './cell-text';
import { corruptError, encryptedError, notSpreadsheetError, tooManyColumnsError, tooManyRowsError } from './read-errors';

// Old BIFF5 .xls files store Chinese text in the GBK code page.
XLSX.set_cptable(cptable);

export interface SheetText {
  name: string;
  rows: string[][];
}

export interface SheetLimits {
  maxRows: number;
  maxColumns: number;
}

interface Cell {
  t: string;
  v?: unknown;
  z?: unknown;
}

interface CfbContainer {
  FullPaths: string[];
  FileIndex: { name: string; content?: Uint8Array | number[] }[];
}

interface SheetJsInternals {
  parse_zip(zip: CfbContainer, options: XLSX.ParsingOptions): XLSX.WorkBook;
  parse_xlscfb(cfb: CfbContainer, options: XLSX.ParsingOptions): XLSX.WorkBook;
}

const CFB = XLSX.CFB as { read(data: Uint8Array, options: { type: 'buffer' }): CfbContainer };
const INTERNALS = XLSX as unknown as SheetJsInternals;

function options(limits: SheetLimits): XLSX.ParsingOptions {
  return {
    type: 'buffer',
    cellDates: false,
    cellNF: true,
    cellStyles: false,
    cellText: false,
    cellHTML: false,
    dense: true,
    WTF: false,
    sheetRows: limits.maxRows + 1,
  };
}

function cellText(cell: Cell, date1904: boolean): string {
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? stringCellText(cell.v) : '';
    case 'n':
      return typeof cell.v === 'number' ? numberCellText(cell.v, typeof cell.z === 'string' ? cell.z : undefined, date1904) : '';
    case 'b':
      return booleanCellText(cell.v === true);
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : '';
    default:
      return '';
  }
}

function sheetRows(sheet: XLSX.WorkSheet | undefined, name: string, fileName: string, limits: SheetLimits, date1904: boolean): string[][] {
  const data = (sheet as { '!data'?: (Cell[] | undefined)[] } | undefined)?.['!data'];
  if (!data) return [];
  const rows: string[][] = [];
  let used = 0;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const out: string[] = [];
    if (source) {
      for (let c = 0; c < source.length; c++) {
        const cell = source[c];
        const text = cell ? cellText(cell, date1904) : '';
        if (text === '') continue;
        if (c >= limits.maxColumns) throw tooManyColumnsError(fileName, name, c + 1, limits.maxColumns);
        while (out.length < c) out.push('');
        out.push(text);
      }
    }
    rows.push(out);
    if (out.length > 0) used = r + 1;
  }
  rows.length = used;
  if (used > limits.maxRows) throw tooManyRowsError(fileName, name, limits.maxRows);
  return rows;
}

function workbookSheets(workbook: XLSX.WorkBook, fileName: string, limits: SheetLimits): SheetText[] {
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  return workbook.SheetNames.map((name) => ({ name, rows: sheetRows(workbook.Sheets[name], name, fileName, limits, date1904) }));
}

/** Maps a SheetJS exception: password → encrypted, anything else → corrupt. ApiErrors pass. */
function libraryError(fileName: string, error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return /password|encrypt/i.test(message) ? encryptedError(fileName, error) : corruptError(fileName, error);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** Adds <numFmt> definitions for the zh-CN built-in date formats the styles use but do not define. */
export function patchCjkFormats(stylesXml: string): string | null {
  if (!/<numFmt\b|<cellXfs\b/.test(stylesXml) || /<\w+:styleSheet\b/.test(stylesXml)) return null;
  const defined = new Set([...stylesXml.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"/g)].map((m) => Number(m[1])));
  const cellXfs = /<cellXfs\b[\s\S]*?<\/cellXfs>/.exec(stylesXml)?.[0] ?? '';
  const used = new Set([...cellXfs.matchAll(/\bnumFmtId="(\d+)"/g)].map((m) => Number(m[1])));
  const missing = [...used].filter((id) => CJK_BUILTIN_FORMATS[id] !== undefined && !defined.has(id));
  if (missing.length === 0) return null;
  const defs = missing
    .map((id) => `<numFmt numFmtId="${id}" formatCode="${(CJK_BUILTIN_FORMATS[id] ?? '').replace(/[&"<>]/g, (ch) => XML_ESCAPES[ch] ?? ch)}"/>`)
    .join('');
  if (/<numFmts\b[^>]*\/>/.test(stylesXml)) return stylesXml.replace(/<numFmts\b[^>]*\/>/, `<numFmts>${defs}</numFmts>`);
  if (/<numFmts\b[^>]*>/.test(stylesXml)) return stylesXml.replace(/<numFmts\b[^>]*>/, (open) => open + defs);
  return stylesXml.replace(/<styleSheet\b[^>]*>/, (open) => `${open}<numFmts>${defs}</numFmts>`);
}

function patchStyles(zip: CfbContainer): void {
  const index = zip.FullPaths.findIndex((p) => /\/xl\/styles\.xml$/i.test(p));
  const entry = zip.FileIndex[index];
  if (!entry?.content) return;
  const patched = patchCjkFormats(Buffer.from(entry.content).toString('utf8'));
  if (patched !== null) entry.content = Buffer.from(patched, 'utf8');
}

/** xlsx or ods bytes. */
export function readZipWithSheetJs(bytes: Uint8Array, fileName: string, limits: SheetLimits): SheetText[] {
  try {
    const zip = CFB.read(bytes, { type: 'buffer' });
    patchStyles(zip);
    return workbookSheets(INTERNALS.parse_zip(zip, options(limits)), fileName, limits);
  } catch (error) {
    throw libraryError(fileName, error);
  }
}

/** An OLE compound file: xls (BIFF), or refused as encrypted OOXML / another Office document. */
export function readCfbWithSheetJs(bytes: Uint8Array, fileName: string, limits: SheetLimits): SheetText[] {
  let cfb: CfbContainer;
  try {
    cfb = CFB.read(bytes, { type: 'buffer' });
  } catch (error) {
    throw corruptError(fileName, error);
  }
  const streams = new Set(cfb.FileIndex.map((entry) => entry.name));
  if (streams.has('EncryptionInfo') || streams.has('EncryptedPackage')) throw encryptedError(fileName);
  if (!streams.has('Workbook') && !streams.has('Book')) {
    if (streams.has('WordDocument')) throw notSpreadsheetError(fileName, 'Word 文档（.doc）');
    if (streams.has('PowerPoint Document')) throw notSpreadsheetError(fileName, 'PowerPoint 演示文稿（.ppt）');
    throw notSpreadsheetError(fileName, '一个不含表格的 Office 文件');
  }
  try {
    return workbookSheets(INTERNALS.parse_xlscfb(cfb, options(limits)), fileName, limits);
  } catch (error) {
    throw libraryError(fileName, error);
  }
}

/** Decoded text: CSV (every cell kept as text, an 18-digit ID stays exact) or an HTML/XML table. */
export function readTextWithSheetJs(text: string, fileName: string, sheetName: string, limits: SheetLimits): SheetText[] {
  try {
    const workbook = XLSX.read(text, { ...options(limits), type: 'string', raw: true });
    const sheets = workbookSheets(workbook, fileName, limits);
    if (sheets.length === 1 && sheets[0] && !text.trimStart().startsWith('<')) sheets[0].name = sheetName;
    return sheets;
  } catch (error) {
    throw libraryError(fileName, error);
  }
}
