/**
 * The 首页 warnings tile: the count of a period's warnings by the rule engine of
 * main/monitoring/warnings.ts (the same figures as the 预警 view), with a Chinese reason instead of
 * a count when the year has no policy. The engine walks every member in JS, so the answer is kept
 * per ledger connection until a record is written (a new change set, or another process's write:
 * db/ledger-version.ts) or the day changes (ages and deadlines depend on it). The checks' findings
 * are not records: a background check ending does not throw the count away (issue #9).
 *
 * At a million members the walk takes many seconds, so a ledger above COUNT_SYNC_HOUSEHOLDS is
 * counted in the background like the checks (checks/background.ts): slices of COUNT_STEP
 * households, each evaluated in one synchronous step, the event loop free in between; the tile
 * gets `counting: { done, total }` meanwhile and asks again. A count finished after the records
 * changed is dropped (the next request counts again). The count is that of warningsFor (the 预警
 * view): its deadlines add figures, never rows, so the rules' raw warnings are counted directly.
 */
import type { DashboardWarnings } from '../../shared/api/dashboard-contract';
import { isApiErrorShape } from '../../shared/api/errors';
import { localIsoDate } from '../../shared/domain/periods';
import { recordsVersion } from '../db/ledger-version';
import type { Db } from '../db/open';
import { warningsFor } from '../monitoring/warnings';
import { listPolicies } from '../db/policy';
import { householdIdSlices, loadSnapshots } from '../db/snapshots';
import { policyFor } from '../../shared/domain/policy';
import { evaluateWarnings, WARNING_RULES } from '../../shared/domain/warnings';
import { defaultWarningPeriod } from './summary';

/** Tests lower these to exercise the background count on a small ledger. */
export const WARNING_COUNT_LIMITS = { syncHouseholds: 5000, step: 1000 };

const cache = new WeakMap<Db, { key: string; value: DashboardWarnings }>();
const counting = new WeakMap<Db, { key: string; done: number; total: number }>();

function count(db: Db, period: string): DashboardWarnings {
  try {
    const report = warningsFor(db, { period });
    return { period, count: report.warnings.length, byRule: report.byRule.map((r) => ({ ruleId: r.ruleId, ruleName: r.ruleName, count: r.count })), unavailable: null, counting: null };
  } catch (error) {
    if (!isApiErrorShape(error) || error.code !== 'policy.missing-year') throw error;
    return { period, count: 0, byRule: [], unavailable: error.message, counting: null };
  }
}

async function countInBackground(db: Db, period: string, key: string): Promise<void> {
  const lookup = policyFor(listPolicies(db), period);
  if (!lookup.ok) return;
  const job = { key, done: 0, total: 0 };
  counting.set(db, job);
  try {
    const slices = householdIdSlices(db, WARNING_COUNT_LIMITS.step);
    job.total = slices.length;
    const perRule = new Map<string, number>();
    for (const ids of slices) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (!db.open || counting.get(db) !== job) return;
      for (const w of evaluateWarnings(loadSnapshots(db, { ids }), { period, policy: lookup.policy })) perRule.set(w.ruleId, (perRule.get(w.ruleId) ?? 0) + 1);
      job.done++;
    }
    if (!key.endsWith(`|${recordsVersion(db)}`)) return;
    const byRule = WARNING_RULES.map((r) => ({ ruleId: r.id, ruleName: r.name, count: perRule.get(r.id) ?? 0 }));
    cache.set(db, { key, value: { period, count: byRule.reduce((n, r) => n + r.count, 0), byRule, unavailable: null, counting: null } });
  } catch (error) {
    if (db.open) console.error('Background warnings count failed', error);
  } finally {
    if (counting.get(db) === job) counting.delete(db);
  }
}

/** The count for the 首页 tile; `background: false` (the CLI) counts a large ledger at once. */
export function dashboardWarnings(db: Db, input: { period?: string | undefined }, now: Date = new Date(), options: { background?: boolean } = {}): DashboardWarnings {
  const period = input.period ?? defaultWarningPeriod(db, now);
  const key = `${period}|${localIsoDate(now)}|${recordsVersion(db)}`;
  const hit = cache.get(db);
  if (hit?.key === key) return hit.value;
  const running = counting.get(db);
  const households = (db.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n;
  if (running?.key !== key && (options.background === false || households <= WARNING_COUNT_LIMITS.syncHouseholds || !policyFor(listPolicies(db), period).ok)) {
    const value = count(db, period);
    cache.set(db, { key, value });
    return value;
  }
  if (running?.key !== key) void countInBackground(db, period, key);
  const job = counting.get(db);
  return { period, count: 0, byRule: [], unavailable: null, counting: { done: job?.done ?? 0, total: job?.total ?? 0 } };
}
