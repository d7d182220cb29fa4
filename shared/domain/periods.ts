/**
 * Periods are `YYYY-MM` strings, dates ISO `YYYY-MM-DD` (conventions, habit 4).
 * Parsers accept what villages type: 202307, 2023年7月, 2023-07, 2023/7, 2023.7, 2023/7/1, 2023.7.1.
 * Excel date serials are converted by the workbook reader, which knows a column's type.
 */

export const PERIOD_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
export const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function plausibleYear(y: number): boolean {
  return y >= 1900 && y <= 2100;
}

/** Parse a month in any of the accepted spellings; null if it is not one. */
export function parsePeriod(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, '');
  let m = /^(\d{4})(\d{2})$/.exec(text);
  if (!m) m = /^(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月份?)?(?:(?:-|\/|\.)\d{1,2}日?|\d{1,2}日)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (!plausibleYear(year) || month < 1 || month > 12) return null;
  return `${year}-${pad2(month)}`;
}

/** Parse a date: 2023-07-01, 2023/7/1, 2023.7.1, 2023年7月1日, 20230701. */
export function parseDate(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, '');
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) m = /^(\d{4})(?:年|-|\/|\.)(\d{1,2})(?:月|-|\/|\.)(\d{1,2})日?$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!plausibleYear(y)) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad2(mo)}-${pad2(d)}`;
}

/** 2023-07 -> 2023年7月 */
export function formatPeriod(period: string): string {
  return `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;
}

/** Quarter (1–4) of a period. */
export function quarterOf(period: string): number {
  return Math.floor((Number(period.slice(5, 7)) - 1) / 3) + 1;
}

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel date serial (e.g. 45108) as ISO date; null outside 1950–2100. */
export function excelSerialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 18264 || serial > 73051) return null;
  const d = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** A period or date cell as a spreadsheet may hold it, serial numbers included. */
export function parsePeriodCell(raw: string): string | null {
  const text = raw.trim();
  if (/^\d{5}(\.\d+)?$/.test(text)) return excelSerialToDate(Number(text))?.slice(0, 7) ?? null;
  return parsePeriod(text) ?? parseDate(text)?.slice(0, 7) ?? null;
}

export function parseDateCell(raw: string): string | null {
  const text = raw.trim();
  if (/^\d{5}(\.\d+)?$/.test(text)) return excelSerialToDate(Number(text));
  return parseDate(text);
}

/** ISO date `days` after an ISO date (calendar arithmetic, no time zone drift). */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The local calendar date (YYYY-MM-DD) of a moment — what a clerk's wall calendar says. */
export function localIsoDate(moment: Date = new Date()): string {
  return `${moment.getFullYear()}-${pad2(moment.getMonth() + 1)}-${pad2(moment.getDate())}`;
}

/** 20230701-093005: local time, sortable, safe in file names. */
export function fileTimestamp(moment: Date = new Date()): string {
  const p = pad2;
  return `${moment.getFullYear()}${p(moment.getMonth() + 1)}${p(moment.getDate())}-${p(moment.getHours())}${p(moment.getMinutes())}${p(moment.getSeconds())}`;
}
