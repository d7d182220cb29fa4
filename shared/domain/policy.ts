/**
 * The policy table (domain.md §5): per year, the monitoring line, the dated warning lines, the
 * labour age window, deadlines and service targets. These are data — the ledger keeps one row per
 * year that a clerk can edit or add (2024 and later need no code change); the 2023 values of the
 * county document ship as the default. Money is integer fen.
 *
 * A period whose year has no policy row gets a refusal, never a silent default (`policyFor`).
 * This module is plain data and functions (no zod), so the renderer can use it as it is.
 */
export interface WarningLine {
  /** First and last month (YYYY-MM) the line applies to, inclusive. */
  from: string;
  to: string;
  lineFen: number;
  /** How the line was set, e.g. "1.5 × 低保标准 7200 元" — shown in explanations. */
  basis?: string | undefined;
}

export interface Policy {
  year: number;
  /** 监测范围: per-capita income below it puts 脱贫人口 in the monitoring scope. */
  monitoringLineFen: number;
  /** 收入预警线 by month ranges within the year. */
  warningLines: WarningLine[];
  /** Divisor of 人均纯收入. */
  perCapitaDivisor: '家庭人口数' | '常住人口数';
  labourAgeMin: number;
  labourAgeMax: number;
  /** Village data for a month must be entered by this day. */
  monthlyDeadlineDay: number;
  /** Town → county needs sheet: this day of the quarter's first month. */
  quarterlyNeedsDay: number;
  /** 合规自付 medical/education cost at or above this is heavy. */
  heavySelfPaidFen: number;
  /** 识别纳入 within this many days of the first clue. */
  identificationDays: number;
  /** A monitoring object needs a 帮扶措施 within this many months of 识别. */
  measureWithinMonths: number;
  /** Per labourer with needs, per quarter. */
  serviceTargets: { guidance: number; training: number; recommendations: number };
  /** 公示 period in days. */
  publicNoticeDays: number;
}

/**
 * Plausible ranges of the whole-number rules. The API schema (shared/api/policy-schema.ts) and the
 * settings form both read them, so the two cannot disagree.
 */
export const POLICY_INT_RANGES = {
  year: { min: 2014, max: 2100 },
  labourAgeMin: { min: 10, max: 30 },
  labourAgeMax: { min: 40, max: 80 },
  monthlyDeadlineDay: { min: 1, max: 28 },
  quarterlyNeedsDay: { min: 1, max: 28 },
  identificationDays: { min: 1, max: 90 },
  measureWithinMonths: { min: 1, max: 12 },
  guidance: { min: 0, max: 99 },
  training: { min: 0, max: 99 },
  recommendations: { min: 0, max: 99 },
  publicNoticeDays: { min: 1, max: 30 },
} as const;

export const MAX_WARNING_LINES = 12;

/** The 2023 values of the Wengyuan county document. */
export const POLICY_2023: Policy = {
  year: 2023,
  monitoringLineFen: 1_042_000,
  warningLines: [
    { from: '2023-07', to: '2023-10', lineFen: 1_060_000 },
    { from: '2023-11', to: '2023-12', lineFen: 1_080_000, basis: '1.5 × 2023年广东省四类地区农村低保标准 7200 元' },
  ],
  perCapitaDivisor: '家庭人口数',
  labourAgeMin: 16,
  labourAgeMax: 59,
  monthlyDeadlineDay: 20,
  quarterlyNeedsDay: 15,
  heavySelfPaidFen: 500_000,
  identificationDays: 15,
  measureWithinMonths: 1,
  serviceTargets: { guidance: 1, training: 1, recommendations: 3 },
  publicNoticeDays: 5,
};

/** Kept for code that only needs the deadline day before a ledger is open. */
export const DEFAULT_POLICY = POLICY_2023;

export type PolicyLookup = { ok: true; policy: Policy } | { ok: false; message: string };

/** The policy of a period's year, or a Chinese refusal naming the missing year. */
export function policyFor(policies: readonly Policy[], period: string): PolicyLookup {
  const year = Number(period.slice(0, 4));
  const policy = policies.find((p) => p.year === year);
  return policy
    ? { ok: true, policy }
    : { ok: false, message: `没有 ${year} 年的政策标准（监测线、预警线等），请先在“政策标准”中添加 ${year} 年` };
}

/** The warning line in force for a period, or null when the year's table leaves it uncovered. */
export function warningLineFor(policy: Policy, period: string): WarningLine | null {
  return policy.warningLines.find((l) => l.from <= period && period <= l.to) ?? null;
}

/** "1.5 × 7200" style line: the factor times a 低保 standard, in fen. */
export function lineFromDibao(factor: number, dibaoStandardFen: number): number {
  return Math.round(factor * dibaoStandardFen);
}

/** The deadline (ISO date) of a month's village return. */
export function monthlyDeadline(month: string, policy: Pick<Policy, 'monthlyDeadlineDay'> = POLICY_2023): string {
  return `${month}-${String(policy.monthlyDeadlineDay).padStart(2, '0')}`;
}
