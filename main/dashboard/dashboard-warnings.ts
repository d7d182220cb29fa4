/**
 * The 首页 warnings tile: the count of a period's warnings by the rule engine of
 * main/monitoring/warnings.ts (the same figures as the 预警 view), with a Chinese reason instead of
 * a count when the year has no policy. The engine walks every member in JS, so the answer is kept
 * per ledger connection until a record is written (a new change set, or another process's write:
 * db/ledger-version.ts) or the day changes (ages and deadlines depend on it). The checks' findings
 * are not records: a background check ending does not throw the count away (issue #9).
 */
import type { DashboardWarnings } from '../../shared/api/dashboard-contract';
import { isApiErrorShape } from '../../shared/api/errors';
import { localIsoDate } from '../../shared/domain/periods';
import { recordsVersion } from '../db/ledger-version';
import type { Db } from '../db/open';
import { warningsFor } from '../monitoring/warnings';
import { defaultWarningPeriod } from './summary';

const cache = new WeakMap<Db, { key: string; value: DashboardWarnings }>();

function count(db: Db, period: string): DashboardWarnings {
  try {
    const report = warningsFor(db, { period });
    return { period, count: report.warnings.length, byRule: report.byRule.map((r) => ({ ruleId: r.ruleId, ruleName: r.ruleName, count: r.count })), unavailable: null };
  } catch (error) {
    if (!isApiErrorShape(error) || error.code !== 'policy.missing-year') throw error;
    return { period, count: 0, byRule: [], unavailable: error.message };
  }
}

export function dashboardWarnings(db: Db, input: { period?: string | undefined }, now: Date = new Date()): DashboardWarnings {
  const period = input.period ?? defaultWarningPeriod(db, now);
  const key = `${period}|${localIsoDate(now)}|${recordsVersion(db)}`;
  const hit = cache.get(db);
  if (hit?.key === key) return hit.value;
  const value = count(db, period);
  cache.set(db, { key, value });
  return value;
}
