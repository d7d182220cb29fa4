/**
 * Warnings for a period over the ledger: load household snapshots, run the shared rules with the
 * period's policy (a year without a policy is refused, never defaulted), and add the deadline of
 * 识别纳入 for households newly below the monitoring line (first clue = the day the income record
 * in force was entered; due within the policy's identificationDays).
 */
import type { WarningRow } from '../../shared/api/monitoring-contract';
import { ApiError } from '../../shared/api/errors';
import { recordInForce } from '../../shared/domain/income';
import { addDays, localIsoDate } from '../../shared/domain/periods';
import { policyFor } from '../../shared/domain/policy';
import { compareHouseholds, evaluateWarnings, WARNING_RULES } from '../../shared/domain/warnings';
import type { Db } from '../db/open';
import { listPolicies } from '../db/policy';
import { householdIdSlices, loadSnapshots } from '../db/snapshots';

const SLICE_HOUSEHOLDS = 20_000;

export interface WarningReport {
  period: string;
  warnings: WarningRow[];
  byVillage: { village: string; count: number }[];
  byRule: { ruleId: string; ruleName: string; severity: string; count: number }[];
}

export function warningsFor(
  db: Db,
  input: { period: string; village?: string | undefined; ruleId?: string | undefined },
  options: { sliceHouseholds?: number } = {},
): WarningReport {
  const lookup = policyFor(listPolicies(db), input.period);
  if (!lookup.ok) throw new ApiError('policy.missing-year', lookup.message, { period: input.period });
  if (input.ruleId && !WARNING_RULES.some((r) => r.id === input.ruleId)) throw new ApiError('warnings.unknown-rule', `没有“${input.ruleId}”这条预警规则`);
  const enteredAt = db.prepare('SELECT substr(created_at, 1, 10) AS day FROM income_records WHERE household_id = ? AND period = ?');
  const now = localIsoDate();
  const warnings: WarningRow[] = [];
  // A slice of households at a time: a million members never sit in memory at once.
  const slices = householdIdSlices(db, options.sliceHouseholds ?? SLICE_HOUSEHOLDS);
  for (const ids of slices) {
    const snapshots = loadSnapshots(db, { village: input.village, ids });
    const raw = evaluateWarnings(snapshots, { period: input.period, policy: lookup.policy }, input.ruleId ? { ruleIds: [input.ruleId] } : undefined);
    const byId = new Map(snapshots.map((s) => [s.id, s]));
    for (const w of raw) {
      const household = byId.get(w.householdId);
      const record = household && w.ruleId === 'income.below-monitoring-line' && household.monitorCategory === null ? recordInForce(household.incomes, input.period) : null;
      const clue = record ? (enteredAt.get(w.householdId, record.period) as { day: string } | undefined)?.day : undefined;
      if (!clue) {
        warnings.push({ ...w, deadline: null, overdue: false });
        continue;
      }
      const deadline = addDays(clue, lookup.policy.identificationDays);
      warnings.push({ ...w, figures: { ...w.figures, 发现日期: clue, 应识别截止: deadline }, deadline, overdue: now > deadline });
    }
  }
  // Each slice is in order; merged, the whole list is too (the sort is stable: rule order stays).
  if (slices.length > 1) warnings.sort(compareHouseholds);
  const count = <K extends string>(key: (w: WarningRow) => K) => {
    const map = new Map<K, number>();
    for (const w of warnings) map.set(key(w), (map.get(key(w)) ?? 0) + 1);
    return map;
  };
  const villages = count((w) => w.village ?? '（未填村）');
  const rules = count((w) => w.ruleId);
  return {
    period: input.period,
    warnings,
    byVillage: [...villages].map(([village, n]) => ({ village, count: n })).sort((a, b) => b.count - a.count || a.village.localeCompare(b.village)),
    byRule: WARNING_RULES.map((r) => ({ ruleId: r.id, ruleName: r.name, severity: r.severity, count: rules.get(r.id) ?? 0 })),
  };
}
