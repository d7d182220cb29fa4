/**
 * Money is integer fen (分) in storage and arithmetic (conventions, habit 4); yuan only at the
 * edges. Parsing accepts what spreadsheets hold: full-width digits, thousands separators, a
 * trailing 元 or a leading ¥/￥, at most two decimals.
 */
import { toHalfWidth } from './id-number';

export type MoneyResult = { ok: true; fen: number } | { ok: false; message: string };

export function parseYuanToFen(raw: string): MoneyResult {
  const text = toHalfWidth(raw).replace(/[\s,]/g, '').replace(/^[¥￥]/, '').replace(/(元|人民币)$/, '');
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) {
    if (/^-?\d+\.\d{3,}$/.test(text)) {
      const rounded = Math.round(Number(text) * 100);
      return Number.isSafeInteger(rounded) ? { ok: true, fen: rounded } : { ok: false, message: `金额“${raw}”过大` };
    }
    return { ok: false, message: `“${raw}”不是金额：应为数字，单位元，如 12345.60` };
  }
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return { ok: false, message: `金额“${raw}”过大` };
  return { ok: true, fen: m[1] ? -fen : fen };
}

/** 1234560 -> "12345.60" */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
