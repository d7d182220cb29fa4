/**
 * The policy table (domain.md §5): per year, the monitoring line, the dated warning lines, the
 * labour age window, deadlines and service targets. These are data — the ledger keeps one row per
 * year that a clerk can edit or add (2024 and later need no code change); the 2023 values of the
 * county document ship as the default. Money is integer fen.
 *
 * A period whose year has no policy row gets a refusal, never a silent default (`policyFor`).
 */
import { z } from 'zod';

const Fen = z.number().int().min(0);
const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const WarningLineSchema = z.object({
  /** First and last month (YYYY-MM) the line applies to, inclusive. */
  from: Period,
  to: Period,
  lineFen: Fen,
  /** How the line was set, e.g. "1.5 × 低保标准 7200 元" — shown in explanations. */
  basis: z.string().max(100).optional(),
});
export type WarningLine = z.infer<typeof WarningLineSchema>;

export const PolicySchema = z.object({
  year: z.number().int().min(2014).max(2100),
  /** 监测范围: per-capita income below it puts 脱贫人口 in the monitoring scope. */
  monitoringLineFen: Fen,
  /** 收入预警线 by month ranges within the year. */
  warningLines: z.array(WarningLineSchema).max(12),
  /** Divisor of 人均纯收入. */
  perCapitaDivisor: z.enum(['家庭人口数', '常住人口数']),
  labourAgeMin: z.number().int().min(10).max(30),
  labourAgeMax: z.number().int().min(40).max(80),
  /** Village data for a month must be entered by this day. */
  monthlyDeadlineDay: z.number().int().min(1).max(28),
  /** Town → county needs sheet: this day of the quarter's first month. */
  quarterlyNeedsDay: z.number().int().min(1).max(28),
  /** 合规自付 medical/education cost at or above this is heavy. */
  heavySelfPaidFen: Fen,
  /** 识别纳入 within this many days of the first clue. */
  identificationDays: z.number().int().min(1).max(90),
  /** A monitoring object needs a 帮扶措施 within this many months of 识别. */
  measureWithinMonths: z.number().int().min(1).max(12),
  /** Per labourer with needs, per quarter. */
  serviceTargets: z.object({ guidance: z.number().int().min(0), training: z.number().int().min(0), recommendations: z.number().int().min(0) }),
  /** 公示 period in days. */
  publicNoticeDays: z.number().int().min(1).max(30),
});
export type Policy = z.infer<typeof PolicySchema>;

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
