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

/**
 * Optional breakdown of the components (domain.md §4). A sub-item belongs to one component; when
 * a return gives sub-items but not their component, the component is their sum; when it gives
 * both, a difference is reported.
 */
export const INCOME_SUB_ITEMS = [
  { key: '务工收入', component: 'wageIncome' },
  { key: '公益岗收入', component: 'wageIncome' },
  { key: '其他工资性收入', component: 'wageIncome' },
  { key: '种植业收入', component: 'businessIncome' },
  { key: '养殖业收入', component: 'businessIncome' },
  { key: '林果业收入', component: 'businessIncome' },
  { key: '其他生产经营性收入', component: 'businessIncome' },
  { key: '资产收益分红', component: 'propertyIncome' },
  { key: '土地流转收入', component: 'propertyIncome' },
  { key: '房屋租赁收入', component: 'propertyIncome' },
  { key: '其他财产性收入', component: 'propertyIncome' },
  { key: '低保金', component: 'transferIncome' },
  { key: '特困供养金', component: 'transferIncome' },
  { key: '养老金', component: 'transferIncome' },
  { key: '生态补偿金', component: 'transferIncome' },
  { key: '残疾人补贴', component: 'transferIncome' },
  { key: '防返贫保险理赔', component: 'transferIncome' },
  { key: '其他转移性收入', component: 'transferIncome' },
  { key: '种植支出', component: 'businessCost' },
  { key: '养殖支出', component: 'businessCost' },
  { key: '林果支出', component: 'businessCost' },
  { key: '其他生产经营性支出', component: 'businessCost' },
] as const satisfies readonly { key: string; component: (typeof INCOME_COMPONENTS)[number] }[];

export type IncomeSubItems = Partial<Record<(typeof INCOME_SUB_ITEMS)[number]['key'], number>>;

/** Sum of the given sub-items per component (only components with at least one sub-item). */
export function subItemTotals(subItems: IncomeSubItems): Partial<Record<(typeof INCOME_COMPONENTS)[number], number>> {
  const totals: Partial<Record<(typeof INCOME_COMPONENTS)[number], number>> = {};
  for (const item of INCOME_SUB_ITEMS) {
    const value = subItems[item.key];
    if (value !== undefined) totals[item.component] = (totals[item.component] ?? 0) + value;
  }
  return totals;
}
