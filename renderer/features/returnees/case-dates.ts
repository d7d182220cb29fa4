/**
 * Dates typed into the 返乡回流 dialogs: a day (2023-08-05, 2023/8/5, 2023年8月5日) or, when only
 * the month is known, a month (2023-08, 2023年8月) — the case keeps what was given. The shared
 * period parsers read every spelling villages use.
 */
import { toHalfWidth } from '../../../shared/domain/id-number';
import { parseDate, parsePeriod } from '../../../shared/domain/periods';

export type DateParse = { ok: true; value: string } | { ok: false; message: string };

export function parseDayOrMonth(label: string, raw: string, today: string): DateParse {
  const text = toHalfWidth(raw).trim();
  if (text === '') return { ok: false, message: `请填写${label}` };
  const value = parseDate(text) ?? parsePeriod(text);
  if (value === null) return { ok: false, message: `“${label}”应为日期或年月，如 2023-08-05 或 2023-08，现为“${text}”` };
  if (value > today) return { ok: false, message: `“${label}”不能晚于今天（${today}）` };
  return { ok: true, value };
}

export function parseDay(label: string, raw: string, today: string): DateParse {
  const text = toHalfWidth(raw).trim();
  if (text === '') return { ok: false, message: `请填写${label}` };
  const value = parseDate(text);
  if (value === null) return { ok: false, message: `“${label}”应为日期，如 2023-08-05，现为“${text}”` };
  if (value > today) return { ok: false, message: `“${label}”不能晚于今天（${today}）` };
  return { ok: true, value };
}

/** Today as YYYY-MM-DD in the clerk's own time zone. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
