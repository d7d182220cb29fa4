/**
 * Warnings (预警, domain.md §4–§6): the rule list and the one entry point that runs it over the
 * ledger's household snapshots for one period. Pure: no Node, no DOM, no database.
 *
 * Scope (scope.ts):
 * - 脱贫户 = 户类型 脱贫户 or 脱贫不享受政策户; 监测对象 = any household with a 监测对象类别.
 * - The income rules, and the uninsured-member rule, speak about "in scope" households: 脱贫户 or
 *   监测对象 (the county document warns "脱贫人口和监测对象"). A 一般农户 without a category gets none.
 * - The 监测对象 rules (风险消除 candidate, no measure) speak about monitoring objects only.
 * - The cost, 因病/因学 and 两不愁三保障 rules speak about every household: a heavy burden or a gap
 *   in a 一般农户 is exactly how a new monitoring object is found.
 *
 * Income: the record in force for the period (latest 统计期 not after it) divided by the 在户
 * members, rounded to the fen (income-basis.ts). Lines compare strictly: at the line is not below.
 *
 * Order of the result: village (Chinese collation, households without a village last), then
 * 户编号 (digit runs compared as numbers), then the order of WARNING_RULES, then the order a rule
 * reports (members in household order). Ties keep the input order, so the same ledger always
 * gives the same list.
 *
 * The context's policy must be the policy of the period's year (policyFor); a mismatch or a
 * malformed period is a programming error and throws, as does an unknown rule id in options.
 */
import { PERIOD_RE } from '../periods';
import { COST_HEAVY_SELF_PAID } from './rules/cost-heavy-self-paid';
import { GUARANTEE_GAP } from './rules/guarantee-gap';
import { GUARANTEE_UNINSURED_MEMBER } from './rules/guarantee-uninsured-member';
import { INCOME_BELOW_MONITORING_LINE } from './rules/income-below-monitoring-line';
import { INCOME_BELOW_WARNING_LINE } from './rules/income-below-warning-line';
import { INCOME_MISSING } from './rules/income-missing';
import { MONITOR_ELIMINATION_CANDIDATE } from './rules/monitor-elimination-candidate';
import { MONITOR_NO_MEASURE } from './rules/monitor-no-measure';
import { RISK_ILLNESS_SCHOOL_WITHOUT_COST } from './rules/risk-illness-school-without-cost';
import type { HouseholdSnapshot, Warning, WarningContext, WarningRule } from './types';

export type { HouseholdSnapshot, IncomeRecordSnapshot, MemberSnapshot, Warning, WarningContext, WarningRule, WarningSeverity } from './types';

export const WARNING_RULES: readonly WarningRule[] = [
  INCOME_BELOW_MONITORING_LINE,
  INCOME_BELOW_WARNING_LINE,
  INCOME_MISSING,
  COST_HEAVY_SELF_PAID,
  RISK_ILLNESS_SCHOOL_WITHOUT_COST,
  GUARANTEE_GAP,
  GUARANTEE_UNINSURED_MEMBER,
  MONITOR_ELIMINATION_CANDIDATE,
  MONITOR_NO_MEASURE,
];

export const WARNING_RULE_IDS: readonly string[] = WARNING_RULES.map((r) => r.id);

const COLLATOR = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** The order of warnings: by village, then 户编号 (also used to merge warnings evaluated in slices). */
export function compareHouseholds(a: Pick<HouseholdSnapshot, 'village' | 'householdNo'>, b: Pick<HouseholdSnapshot, 'village' | 'householdNo'>): number {
  if (a.village !== b.village) {
    if (a.village === null) return 1;
    if (b.village === null) return -1;
    const byVillage = COLLATOR.compare(a.village, b.village);
    if (byVillage !== 0) return byVillage;
  }
  return COLLATOR.compare(a.householdNo, b.householdNo);
}

function selectRules(ruleIds: readonly string[] | undefined): readonly WarningRule[] {
  if (!ruleIds) return WARNING_RULES;
  const unknown = ruleIds.filter((id) => !WARNING_RULE_IDS.includes(id));
  if (unknown.length > 0) throw new Error(`unknown warning rule id(s): ${unknown.join(', ')}`);
  return WARNING_RULES.filter((r) => ruleIds.includes(r.id));
}

/** Every warning of the selected rules (all by default) for the households in one period. */
export function evaluateWarnings(
  households: Iterable<HouseholdSnapshot>,
  context: WarningContext,
  options: { ruleIds?: readonly string[] } = {},
): Warning[] {
  if (!PERIOD_RE.test(context.period)) throw new Error(`period must be YYYY-MM, got "${context.period}"`);
  if (Number(context.period.slice(0, 4)) !== context.policy.year) {
    throw new Error(`policy ${context.policy.year} does not cover period ${context.period}; look it up with policyFor`);
  }
  const rules = selectRules(options.ruleIds);
  // Sort the warnings, not the households: most households raise none, and a collator compare is
  // the costly part at a million members. The sort is stable and a household's warnings are
  // produced together in rule order, so the order is the same as evaluating sorted households.
  const warnings: Warning[] = [];
  for (const h of households) for (const rule of rules) for (const w of rule.evaluate(h, context)) warnings.push(w);
  return warnings.sort(compareHouseholds);
}
