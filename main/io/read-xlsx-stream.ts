/**
 * The streaming path for large xlsx files: ExcelJS's WorkbookReader parses one row at a time.
 * Measured on a 100,000-row × 47-column member return (21.7 MB, 2-core test machine): ExcelJS
 * stream ~18.5 s / ~450 MB peak RSS (output rows included) against SheetJS ~20–26 s / ~960 MB.
 * Cells go through the same cell-text.ts rules as the SheetJS path; ExcelJS-specific shapes are
 * unwrapped here: Date (ExcelJS converts date-formatted numbers) back to its serial, rich text to
 * plain text, formula to its cached result, OOXML _xHHHH_ escapes decoded as SheetJS does.
 *
 * ExcelJS resolves shared strings, styles and sheet names while it streams, so it needs them
 * before a sheet it parses immediately; canStreamXlsx checks the zip's entry order for that and
 * the reader falls back to SheetJS otherwise. (Excel and ExcelJS put sharedStrings.xml after the
 * sheets: ExcelJS then parks each sheet's XML in a temp file and parses it at the end.)
 * ExcelJS 4.4 decodes each zip chunk as UTF-8 on its own and garbles a Chinese character split
 * across chunks (exceljs#2063, #2084, still open), so makeUtf8Safe hands it already-decoded
 * strings (a StringDecoder keeps split characters whole).
 * Cell texts are detached from the parser's buffers, repeated short texts share one string, and rows
 * are stored at their exact size (CellInterner).
 * Known difference: a formula whose cached result is a boolean comes out '1'/'0' here
 * ('TRUE'/'FALSE' from SheetJS) — ExcelJS drops the type.
 */
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { booleanCellText, CJK_BUILTIN_FORMATS, numberCellText, stringCellText } from './cell-text';
import type { SheetLimits, SheetText } from './read-sheetjs';
import { tooManyColumnsError, tooManyRowsError } from './read-errors';
import type { ZipEntry } from './zip-directory';

const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/** True when ExcelJS can stream this xlsx correctly, judged from the zip's entry order. */
export function canStreamXlsx(entries: readonly ZipEntry[]): boolean {
  const names = entries.map((e) => e.name);
  const worksheetParts = names.filter((n) => /^xl\/worksheets\/[^/]+\.xml$/i.test(n));
  if (worksheetParts.length === 0 || worksheetParts.some((n) => !SHEET_PART.test(n))) return false;
  if (!names.includes('xl/workbook.xml')) return false;
  const at = (name: string): number => names.indexOf(name);
  const sharedStrings = at('xl/sharedStrings.xml');
  const rels = at('xl/_rels/workbook.xml.rels');
  const styles = at('xl/styles.xml');
  const workbook = at('xl/workbook.xml');
  return names.every((name, position) => {
    if (!SHEET_PART.test(name)) return true;
    const parsedImmediately = sharedStrings >= 0 && sharedStrings < position && rels >= 0 && rels < position;
    return !parsedImmediately || (workbook < position && (styles < 0 || styles < position));
  });
}

interface ReaderInternals {
  properties?: { model?: { date1904?: boolean } };
  styles?: { index?: { numFmt?: Record<number, string | undefined> } };
  model?: { sheets?: { name?: string }[] };
}

function decodeEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

function dateToSerial(date: Date, date1904: boolean): number {
  return 25569 + date.getTime() / 86_400_000 - (date1904 ? 1462 : 0);
}

/** Text of an ExcelJS cell value under its number format. */
export function excelJsValueText(value: unknown, numFmt: string | undefined, date1904: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return stringCellText(decodeEscapes(value));
  if (typeof value === 'number') return numberCellText(value, numFmt, date1904);
  if (typeof value === 'boolean') return booleanCellText(value);
  if (value instanceof Date) return numberCellText(dateToSerial(value, date1904), numFmt, date1904);
  if (typeof value !== 'object') return '';
  const shaped = value as { richText?: { text?: string }[]; error?: unknown; formula?: unknown; sharedFormula?: unknown; result?: unknown; text?: unknown };
  if (Array.isArray(shaped.richText)) return stringCellText(decodeEscapes(shaped.richText.map((run) => run.text ?? '').join('')));
  if (shaped.error !== undefined) return '';
  if (shaped.formula !== undefined || shaped.sharedFormula !== undefined) return excelJsValueText(shaped.result, numFmt, date1904);
  if (shaped.text !== undefined) return excelJsValueText(shaped.text, numFmt, date1904);
  return '';
}

interface ReaderParts {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseRels(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<unknown>;
}

async function* decodeUtf8(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

/** Every part ExcelJS parses reaches its XML parser as correctly decoded strings (see header). */
function makeUtf8Safe(reader: object): void {
  const parts = reader as ReaderParts;
  const original = {
    sharedStrings: parts._parseSharedStrings.bind(reader),
    styles: parts._parseStyles.bind(reader),
    workbook: parts._parseWorkbook.bind(reader),
    rels: parts._parseRels.bind(reader),
    worksheet: parts._parseWorksheet.bind(reader),
  };
  const decoded = (entry: Readable): Readable => entry.setEncoding('utf8');
  parts._parseSharedStrings = (entry) => original.sharedStrings(decoded(entry));
  parts._parseStyles = (entry) => original.styles(decoded(entry));
  parts._parseWorkbook = (entry) => original.workbook(decoded(entry));
  parts._parseRels = (entry) => original.rels(decoded(entry));
  parts._parseWorksheet = (iterator, sheetNo) => original.worksheet(decodeUtf8(iterator), sheetNo);
}

/** Makes ExcelJS know the zh-CN built-in date formats before it styles any cell. */
function addCjkFormats(reader: ReaderInternals): void {
  const table = reader.styles?.index?.numFmt;
  if (!table) return;
  for (const [id, format] of Object.entries(CJK_BUILTIN_FORMATS)) {
    if (table[Number(id)] === undefined) table[Number(id)] = format;
  }
}

/**
 * What the rows keep of each cell text, as little as possible:
 * - Long texts (IDs, addresses) come out of the XML parser as V8 "sliced strings" that point into
 *   the decoded chunk of sheet XML they were cut from, and keep that whole chunk alive: the rows
 *   of a 100,000-member return held on to most of the sheet's XML. They are copied out (a new flat
 *   string; lone surrogates and all, unlike a UTF-8 round trip).
 * - Short texts (V8 copies those already) repeat down each column (村, 户类型, 文化程度, 是/否 …):
 *   one string per distinct value, so the garbage collector has far fewer objects to trace while
 *   the import runs. The table stops growing at MAX_ENTRIES, so a file of unique values costs little.
 */
class CellInterner {
  /** V8 copies substrings shorter than 13 characters; longer ones are slices of their parent. */
  private static readonly MAX_LENGTH = 12;
  private static readonly MAX_ENTRIES = 65_536;
  private readonly seen = new Map<string, string>();

  text(text: string): string {
    // Concatenating then slicing flattens into a new string that no longer refers to the chunk.
    if (text.length > CellInterner.MAX_LENGTH) return (' ' + text).slice(1);
    const shared = this.seen.get(text);
    if (shared !== undefined) return shared;
    if (this.seen.size < CellInterner.MAX_ENTRIES) this.seen.set(text, text);
    return text;
  }
}

export async function readXlsxStream(input: Readable, fileName: string, limits: SheetLimits): Promise<SheetText[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  makeUtf8Safe(reader);
  const internals = reader as unknown as ReaderInternals;
  const sheets: SheetText[] = [];
  try {
    for await (const worksheet of reader) {
      addCjkFormats(internals);
      const date1904 = internals.properties?.model?.date1904 === true;
      const name = (worksheet as unknown as { name: string }).name;
      const rows: string[][] = [];
      const intern = new CellInterner();
      for await (const row of worksheet) {
        const r = row.number - 1;
        if (r >= limits.maxRows) throw tooManyRowsError(fileName, name, limits.maxRows);
        const out: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          const text = excelJsValueText(cell.value, cell.numFmt, date1904);
          if (text === '') return;
          if (column > limits.maxColumns) throw tooManyColumnsError(fileName, name, column, limits.maxColumns);
          while (out.length < column - 1) out.push('');
          out[column - 1] = intern.text(text);
        });
        if (out.length === 0) continue;
        while (rows.length < r) rows.push([]);
        // An exact-size copy: a grown array keeps up to twice the room it needs, for every row.
        rows[r] = out.slice();
      }
      sheets.push({ name, rows });
    }
  } finally {
    input.destroy();
  }
  const order = (internals.model?.sheets ?? []).map((s) => s.name);
  return sheets.sort((a, b) => rank(order, a.name) - rank(order, b.name));
}

function rank(order: readonly (string | undefined)[], name: string): number {
  const i = order.indexOf(name);
  return i < 0 ? order.length : i;
}
