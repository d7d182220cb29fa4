/**
 * Money in the 收支 grid: stored and sent as integer fen, shown and typed as 元 with two decimals.
 * A typed cell goes through `parseMoneyCell` before anything is saved: empty clears the value,
 * a negative or non-numeric entry is refused with a Chinese message naming the column. The
 * grid's number filters are typed in 元 too and are turned into fen for the SQL query.
 */
import type { ColumnFilter, ListQuery } from '../../../shared/api/contract';
import { toHalfWidth } from '../../../shared/domain/id-number';
import { formatFen, parseYuanToFen } from '../../../shared/domain/money';

/** The figures a clerk enters (the five components of 家庭纯收入, 理赔收入, 合规自付支出). */
export const MONEY_INPUT_KEYS = ['wageIncome', 'businessIncome', 'propertyIncome', 'transferIncome', 'businessCost', 'claimIncome', 'selfPaidCost'] as const;
export type MoneyInputKey = (typeof MONEY_INPUT_KEYS)[number];

/** Money columns the server computes from the inputs (read-only in the grid). */
export const MONEY_COMPUTED_KEYS = ['netIncome', 'perCapita'] as const;

/** The contract's ceiling for one amount: 1 亿元 in fen. */
export const MAX_FEN = 10_000_000_000;

export type MoneyCellResult = { ok: true; fen: number | null } | { ok: false; message: string };

/** 1234560 -> "12345.60"; nothing -> "". */
export function moneyText(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '' : formatFen(fen);
}

export function parseMoneyCell(label: string, raw: unknown): MoneyCellResult {
  const text = raw === null || raw === undefined ? '' : toHalfWidth(String(raw)).trim();
  if (text === '') return { ok: true, fen: null };
  const parsed = parseYuanToFen(text);
  if (!parsed.ok) return { ok: false, message: `“${label}”应为金额（单位元，最多两位小数，如 12345.60），现为“${text}”` };
  if (parsed.fen < 0) return { ok: false, message: `“${label}”不能为负数，现为“${text}”` };
  if (parsed.fen > MAX_FEN) return { ok: false, message: `“${label}”超过 1 亿元，请检查是否多输了位数，现为“${text}”` };
  return { ok: true, fen: parsed.fen };
}

const toFen = (yuan: number | null | undefined) => (yuan === null || yuan === undefined ? yuan : Math.round(yuan * 100));

function filterInFen(filter: ColumnFilter): ColumnFilter {
  if ('conditions' in filter) return { ...filter, conditions: filter.conditions.map((c) => filterInFen(c) as typeof c) };
  if (filter.filterType !== 'number') return filter;
  return { ...filter, filter: toFen(filter.filter), filterTo: toFen(filter.filterTo) };
}

/**
 * The grid's list query with number filters on money columns converted from 元 to fen, and the
 * 统计期 chosen in the toolbar (null = every period) added as an exact filter.
 */
export function incomeQuery(query: ListQuery, moneyKeys: readonly string[], period: string | null): ListQuery {
  const filters: NonNullable<ListQuery['filters']> = {};
  for (const [key, filter] of Object.entries(query.filters ?? {})) filters[key] = moneyKeys.includes(key) ? filterInFen(filter) : filter;
  if (period !== null) filters.period = { filterType: 'text', type: 'equals', filter: period };
  const { filters: _dropped, ...rest } = query;
  return Object.keys(filters).length === 0 ? rest : { ...rest, filters };
}
