/**
 * Household income (domain.md §4) — one pure formula, used by the ledger, the warnings, the
 * grids and the exports alike. All money is integer fen.
 *
 *   家庭纯收入     = 工资性 + 生产经营性 + 财产性 + 转移性 − 生产经营性支出
 *   家庭人均纯收入 = 家庭纯收入 ÷ 人口数   (rounded half up to the fen; the divisor is the policy's)
 *
 * Which record is in force for a period: the household's record with the latest 统计期 not after
 * the period (a record reported for 2023-07 stays in force in 2023-08 until a newer one arrives).
 * Records of later periods never apply backwards.
 */

export interface IncomeFigures {
  wageIncome: number | null;
  businessIncome: number | null;
  propertyIncome: number | null;
  transferIncome: number | null;
  businessCost: number | null;
  claimIncome?: number | null;
  selfPaidCost?: number | null;
}

export const INCOME_COMPONENTS = ['wageIncome', 'businessIncome', 'propertyIncome', 'transferIncome', 'businessCost'] as const;

export const INCOME_LABELS: Record<string, string> = {
  wageIncome: '工资性收入',
  businessIncome: '生产经营性收入',
  propertyIncome: '财产性收入',
  transferIncome: '转移性收入',
  businessCost: '生产经营性支出',
  claimIncome: '理赔收入',
  selfPaidCost: '合规自付支出',
  netIncome: '家庭纯收入',
  perCapita: '家庭人均纯收入',
};

/** 家庭纯收入 in fen; missing components count as 0. */
export function netIncomeFen(f: IncomeFigures): number {
  return (f.wageIncome ?? 0) + (f.businessIncome ?? 0) + (f.propertyIncome ?? 0) + (f.transferIncome ?? 0) - (f.businessCost ?? 0);
}

/** Integer division rounded half away from zero — fen never become fractions. */
export function divideRounded(numerator: number, divisor: number): number {
  const q = Math.abs(numerator) / divisor;
  const rounded = Math.floor(q + 0.5);
  return numerator < 0 ? -rounded : rounded;
}

/** 家庭人均纯收入 in fen, or null without a positive divisor (a household nobody lives in). */
export function perCapitaFen(f: IncomeFigures, people: number): number | null {
  if (!Number.isInteger(people) || people <= 0) return null;
  return divideRounded(netIncomeFen(f), people);
}

/** The record in force for a period: latest 统计期 ≤ period. */
export function recordInForce<T extends { period: string }>(records: readonly T[], period: string): T | null {
  let best: T | null = null;
  for (const r of records) if (r.period <= period && (best === null || r.period > best.period)) best = r;
  return best;
}

/** 1042000 -> "10420.00 元" */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')} 元`;
}
