/**
 * One set of rules turning a spreadsheet cell into the text the import sees (domain.md §9), used by
 * both readers (SheetJS for most files, the ExcelJS stream for large xlsx) so they agree exactly:
 *   - strings: CRLF/CR → LF, trailing line breaks dropped, a leading apostrophe dropped,
 *     whitespace-only → '';
 *   - numbers under a date format (SSF.is_date) → 'YYYY-MM-DD', 'YYYY-MM' when the format shows
 *     only year and month ('YYYY' for year alone), 'HH:MM[:SS]' for a time-only format; a serial
 *     below 1 under a date format is no date and stays a number;
 *   - |v| ≥ 1e15 → E-notation with Excel's 15 significant digits ('4.40229199001011E+17'): an ID
 *     stored as a number lost its last digits, and the ID validator must see that, not padded zeros;
 *   - other numbers → the shortest decimal at Excel's 15-digit precision (0.1+0.2 → '0.3');
 *   - booleans → 'TRUE'/'FALSE'; errors → ''.
 * C0 control characters (U+0000–U+001F except tab and line feed, and U+007F) are left in the text
 * here on purpose: the row parsers strip them with `stripControlChars` and tell the clerk which
 * column had them (a row issue), instead of silently changing a name or an ID.
 * CJK_BUILTIN_FORMATS fills the built-in date formats (ids 27–36, 50–58) that zh-CN Excel stores by
 * id only and that neither library knows, so a 2023年7月 cell is a month, not the serial 45108.
 */
import * as XLSX from '@e965/xlsx';

interface DateCode {
  y: number;
  m: number;
  d: number;
  H: number;
  M: number;
  S: number;
}

const SSF = XLSX.SSF as {
  is_date(format: string): boolean;
  parse_date_code(value: number, options?: { date1904?: boolean }): DateCode | null;
};

/** zh-CN meaning of the locale-dependent built-in number formats (same table as ExcelJS's). */
export const CJK_BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

type FormatKind = 'number' | 'date' | 'month' | 'year' | 'time';
const FORMAT_KINDS = new Map<string, FormatKind>();

/** What a number format shows, cached per format string. */
export function formatKind(format: string | undefined): FormatKind {
  if (format === undefined || format === '' || format === 'General' || format === '@') return 'number';
  const cached = FORMAT_KINDS.get(format);
  if (cached) return cached;
  let kind: FormatKind = 'number';
  if (SSF.is_date(format)) {
    const tokens = format
      .split(';')[0]!
      .replace(/"[^"]*"/g, '')
      .replace(/\[[^\]]*\]/g, '')
      .replace(/\\./g, '')
      .toLowerCase();
    const year = /[ye]/.test(tokens);
    const day = /d/.test(tokens);
    const month = /m/.test(tokens);
    if (!year && !day) kind = /[hs]/.test(tokens) ? 'time' : 'date';
    else if (year && !day) kind = month ? 'month' : 'year';
    else kind = 'date';
  }
  FORMAT_KINDS.set(format, kind);
  return kind;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Plain text of a number: E-notation from 1e15 up, else the 15-significant-digit decimal. */
export function plainNumberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Object.is(value, -0) || value === 0) return '0';
  if (Math.abs(value) >= 1e15) {
    const [mantissa = '', exponent = ''] = value.toPrecision(15).split('e');
    const digits = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
    return `${digits}E${exponent.startsWith('-') ? exponent : `+${exponent.replace('+', '')}`}`;
  }
  return String(Number(value.toPrecision(15))).replace('e', 'E');
}

/** Text of a numeric cell under its number format (date1904: the workbook's date system). */
export function numberCellText(value: number, format: string | undefined, date1904: boolean): string {
  const kind = formatKind(format);
  if (kind === 'number' || !Number.isFinite(value) || value < 0) return plainNumberText(value);
  if (kind !== 'time' && value < 1) return plainNumberText(value);
  const code = SSF.parse_date_code(value, { date1904 });
  if (!code) return plainNumberText(value);
  if (kind === 'time') return code.S === 0 ? `${pad(code.H)}:${pad(code.M)}` : `${pad(code.H)}:${pad(code.M)}:${pad(code.S)}`;
  if (kind === 'year') return pad(code.y, 4);
  if (kind === 'month') return `${pad(code.y, 4)}-${pad(code.m)}`;
  return `${pad(code.y, 4)}-${pad(code.m)}-${pad(code.d)}`;
}

/** Text of a string cell. */
export function stringCellText(value: string): string {
  let text = value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
  if (text.endsWith('\n')) text = text.replace(/\n+$/, '');
  if (text.startsWith("'")) text = text.slice(1);
  return text.trim() === '' ? '' : text;
}

export function booleanCellText(value: boolean): string {
  return value ? 'TRUE' : 'FALSE';
}

/** C0 control characters and DEL, except tab (U+0009) and line feed (U+000A). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
/** Every C0 control character and DEL, tab and line feed included (one-line output). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ALL_CONTROL_CHARS = /[\u0000-\u001F\u007F]/g;

/**
 * Text without invisible control characters: `removed` says whether any were there. Tab and line
 * feed stay when `keepLineBreaks` (a free-text field), else they become a space.
 */
export function stripControlChars(text: string, keepLineBreaks = false): { text: string; removed: boolean } {
  const cleaned = text.replace(CONTROL_CHARS, '');
  const single = keepLineBreaks ? cleaned : cleaned.replace(/[\t\n]+/g, ' ');
  return { text: single, removed: cleaned.length !== text.length };
}

/** What an exported cell may hold: no control character but line feed (CR → LF, tab → space). */
export function exportCellText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ALL_CONTROL_CHARS, (ch) => (ch === '\n' ? ch : ch === '\t' ? ' ' : ''));
}
