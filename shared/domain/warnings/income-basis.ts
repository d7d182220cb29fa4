/**
 * The income a household is judged by in a period (domain.md §4): the record in force (latest
 * 统计期 not after the period; later records never apply backwards) and its 家庭人均纯收入.
 *
 * Divisor: the policy's perCapitaDivisor is 家庭人口数 or 常住人口数. The snapshot does not yet
 * tell 常住 members apart, so both divide by the number of 在户 members (household.members).
 */
import { netIncomeFen, perCapitaFen, recordInForce, yuan } from '../income';
import { formatPeriod } from '../periods';
import type { HouseholdSnapshot, IncomeRecordSnapshot } from './types';

export interface IncomeBasis {
  record: IncomeRecordSnapshot;
  netFen: number;
  people: number;
  perCapitaFen: number;
}

/** Null when no record is in force, or when nobody lives in the household (no divisor). */
export function incomeBasis(h: HouseholdSnapshot, period: string): IncomeBasis | null {
  const record = recordInForce(h.incomes, period);
  if (!record) return null;
  const people = h.members.length;
  const perCapita = perCapitaFen(record, people);
  if (perCapita === null) return null;
  return { record, netFen: netIncomeFen(record), people, perCapitaFen: perCapita };
}

/** The figures every income warning reports, labelled as the 收入情况表 labels them. */
export function incomeFigures(b: IncomeBasis): Record<string, string> {
  return {
    统计期: b.record.period,
    家庭纯收入: yuan(b.netFen),
    家庭人口数: `${b.people} 人`,
    家庭人均纯收入: yuan(b.perCapitaFen),
  };
}

/** "2023年8月适用的收入数据（统计期 2023-07）家庭纯收入 …、家庭人口数 3 人，家庭人均纯收入 …" */
export function incomeClause(b: IncomeBasis, period: string): string {
  return (
    `${formatPeriod(period)}适用的收入数据（统计期 ${b.record.period}）家庭纯收入 ${yuan(b.netFen)}、` +
    `家庭人口数 ${b.people} 人，家庭人均纯收入 ${yuan(b.perCapitaFen)}`
  );
}
