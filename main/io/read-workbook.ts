/**
 * Reads an imported file once into text cells (conventions, habit 5: read → detect → map → …).
 *
 * Flow: size checks → sniff the content (never the extension) → for a zip, the unpacked-size
 * check (zip-unpacked.ts: zip bombs) → one reader:
 *   - xlsx larger than streamingThresholdBytes whose entry order ExcelJS can stream → ExcelJS
 *     streaming reader (falls back to SheetJS if the stream fails on an odd but valid file);
 *   - other xlsx, ods, xls → SheetJS in dense mode;
 *   - text → decoded (UTF-16 BOM, UTF-8 with/without BOM, else GBK; UTF-8 and GBK lines mixed in
 *     one file are refused by line number) → SheetJS with raw strings.
 * Invariants: rows[r][c] is the cell at sheet row r+1, column c+1 (leading blank rows and columns
 * kept, so messages can name the clerk's row and column); trailing blank cells and rows dropped;
 * every cell is text (cell-text.ts). Every failure is an ApiError naming the file, never a raw
 * library exception.
 */
import { ApiError } from '../../shared/api/errors';
import { openByteSource, sha256Of, type ByteSource, type WorkbookInput } from './byte-source';
import { corruptError, emptyError, encryptedError, mixedEncodingError, notSpreadsheetError, tooLargeError } from './read-errors';
import { readCfbWithSheetJs, readTextWithSheetJs, readZipWithSheetJs, type SheetText } from './read-sheetjs';
import { canStreamXlsx, readXlsxStream } from './read-xlsx-stream';
import { decodeText, isMarkup, isMarkupSpreadsheet, mixedEncodingLines, sniff } from './sniff-format';
import { checkUnpackedSize, type UnpackLimits } from './zip-unpacked';

export type { WorkbookInput } from './byte-source';
export type { SheetText } from './read-sheetjs';

export type WorkbookFormat = 'xlsx' | 'xls' | 'csv' | 'ods';

export interface WorkbookText {
  fileName: string;
  /** Actual content: an HTML/XML table saved as .xls reports 'xls', a .xlsb 'xlsx'. */
  format: WorkbookFormat;
  bytes: number;
  sha256: string;
  sheets: SheetText[];
}

export interface ReadLimits extends UnpackLimits {
  maxBytes: number;
  maxRows: number;
  maxColumns: number;
  /** xlsx files larger than this are streamed with ExcelJS (0: always, Infinity: never). */
  streamingThresholdBytes: number;
}

export const STREAMING_THRESHOLD_BYTES = 8 * 1024 * 1024;

export const READ_LIMITS: Readonly<ReadLimits> = {
  maxBytes: 200 * 1024 * 1024,
  maxRows: 1_100_000,
  maxColumns: 500,
  streamingThresholdBytes: STREAMING_THRESHOLD_BYTES,
  // 10 × the byte limit: real xlsx deflate 7–15:1, so a 200 MB workbook stays under it.
  maxUnpackedBytes: 2 * 1024 * 1024 * 1024,
  maxUnpackedRatio: 100,
};

interface Read {
  format: WorkbookFormat;
  sheets: SheetText[];
  sha256: string;
}

function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '') || fileName;
}

async function readSmall(source: ByteSource, read: (bytes: Uint8Array) => SheetText[], format: WorkbookFormat): Promise<Read> {
  const bytes = await source.readAll();
  return { format, sheets: read(bytes), sha256: sha256Of(bytes) };
}

async function readXlsx(source: ByteSource, streamable: boolean, limits: ReadLimits): Promise<Read> {
  const zipRead = (bytes: Uint8Array): SheetText[] => readZipWithSheetJs(bytes, source.fileName, limits);
  if (!streamable || source.size <= limits.streamingThresholdBytes) return readSmall(source, zipRead, 'xlsx');
  const hash = source.sha256();
  try {
    const sheets = await readXlsxStream(source.stream(), source.fileName, limits);
    return { format: 'xlsx', sheets, sha256: await hash };
  } catch (error) {
    await hash.catch(() => undefined);
    if (error instanceof ApiError) throw error;
    return readSmall(source, zipRead, 'xlsx');
  }
}

async function readText(source: ByteSource, limits: ReadLimits): Promise<Read> {
  const bytes = await source.readAll();
  const decoded = decodeText(bytes);
  if (decoded === null) {
    const mixed = mixedEncodingLines(bytes);
    throw mixed ? mixedEncodingError(source.fileName, mixed) : notSpreadsheetError(source.fileName, '无法识别的二进制文件');
  }
  const markup = isMarkup(decoded.text);
  if (markup && !isMarkupSpreadsheet(decoded.text)) throw notSpreadsheetError(source.fileName, '网页或 XML 文件，其中没有表格');
  const sheets = readTextWithSheetJs(decoded.text, source.fileName, baseName(source.fileName), limits);
  return { format: markup ? 'xls' : 'csv', sheets, sha256: sha256Of(bytes) };
}

async function readSource(source: ByteSource, limits: ReadLimits): Promise<Read> {
  const sniffed = sniff(source);
  switch (sniffed.kind) {
    case 'xlsx':
      await checkUnpackedSize(source, sniffed.entries, limits);
      return readXlsx(source, canStreamXlsx(sniffed.entries), limits);
    case 'ods':
      await checkUnpackedSize(source, sniffed.entries, limits);
      return readSmall(source, (bytes) => readZipWithSheetJs(bytes, source.fileName, limits), 'ods');
    case 'cfb':
      return readSmall(source, (bytes) => readCfbWithSheetJs(bytes, source.fileName, limits), 'xls');
    case 'maybe-text':
      return readText(source, limits);
    case 'encrypted':
      throw encryptedError(source.fileName, 'zip entries are encrypted');
    case 'corrupt':
      throw corruptError(source.fileName, 'zip end of central directory missing or inconsistent');
    case 'foreign':
      throw notSpreadsheetError(source.fileName, sniffed.what);
  }
}

/** Every sheet of a workbook as text rows; refuses with an ApiError (import.*) what it cannot read. */
export async function readWorkbook(input: WorkbookInput, limits?: Partial<ReadLimits>): Promise<WorkbookText> {
  const effective: ReadLimits = { ...READ_LIMITS, ...limits };
  const source = openByteSource(input);
  try {
    if (source.size === 0) throw emptyError(source.fileName, 0);
    if (source.size > effective.maxBytes) throw tooLargeError(source.fileName, source.size, effective.maxBytes);
    const read = await readSource(source, effective);
    if (read.sheets.every((sheet) => sheet.rows.length === 0)) throw emptyError(source.fileName, source.size);
    return { fileName: source.fileName, format: read.format, bytes: source.size, sha256: read.sha256, sheets: read.sheets };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw corruptError(source.fileName, error);
  } finally {
    source.close();
  }
}
