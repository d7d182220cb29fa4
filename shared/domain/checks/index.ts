/**
 * Data logic checks (数据筛查, domain.md §7): the rule table and the one entry point that runs it
 * over household snapshots. Pure: no Node, no DOM, no database. Adding a rule = one file in rules/
 * and one entry in CHECK_RULES.
 *
 * Every rule reads one household (its members, income records, measures and, when given, its
 * employment months and returnees) and nothing else, so checking the households an edit touched
 * gives the same findings as checking the whole ledger. That holds because the person key is
 * unique in the ledger (members.id_no UNIQUE): the catalogue's "same ID in two households" cannot
 * occur in a ledger and is enforced at import instead. Likewise 性别/出生日期 and 户主姓名/证件号码
 * are derived from the members (never stored apart), and 15-digit IDs are upgraded on entry, so
 * those catalogue items have no rule here.
 *
 * The employment, 返乡回流 and department cross-check rules (dept.*) read optional inputs of the
 * snapshot (employment, returnees, departments) and are silent without them: main/checks/load.ts
 * fills employment and returnees from the employment ledger (务工时间 > 12 is refused by the
 * employment_records table already, so employment.months-max guards hand-built snapshots only).
 */
import { DEPT_DIBAO_DIFFERS } from './rules/dept-dibao-differs';
import { DEPT_DISABILITY_DIFFERS } from './rules/dept-disability-differs';
import { DEPT_INSURED_NOT_ON_LIST } from './rules/dept-insured-not-on-list';
import { DEPT_MONITOR_WITHOUT_ASSISTANCE } from './rules/dept-monitor-without-assistance';
import { DEPT_ON_LIST_NOT_INSURED } from './rules/dept-on-list-not-insured';
import { EMPLOYMENT_EMPLOYED_FIELDS } from './rules/employment-employed-fields';
import { EMPLOYMENT_MONTHS_MAX } from './rules/employment-months-max';
import { EMPLOYMENT_OUTSIDE_PLACE } from './rules/employment-outside-place';
import { EMPLOYMENT_PUBLIC_POST } from './rules/employment-public-post';
import { EMPLOYMENT_WAGE_PLAUSIBLE } from './rules/employment-wage-plausible';
import { HOUSEHOLD_MEMBER_COUNT } from './rules/household-member-count';
import { HOUSEHOLD_NO_LABOUR } from './rules/household-no-labour';
import { HOUSEHOLD_ONE_HEAD } from './rules/household-one-head';
import { HOUSEHOLD_RISK_END_BEFORE_START } from './rules/household-risk-end-before-start';
import { HOUSEHOLD_SPOUSE_COUNT } from './rules/household-spouse-count';
import { HOUSEHOLD_SPOUSE_SEX } from './rules/household-spouse-sex';
import { IDENTITY_ID_CHECKSUM } from './rules/identity-id-checksum';
import { INCOME_DIBAO_WITHOUT_TRANSFER } from './rules/income-dibao-without-transfer';
import { INCOME_ELIMINATED_BELOW_LINE } from './rules/income-eliminated-below-line';
import { INCOME_ILLNESS_WITHOUT_COST } from './rules/income-illness-without-cost';
import { INCOME_NEGATIVE_COMPONENT } from './rules/income-negative-component';
import { INCOME_NET_MISMATCH } from './rules/income-net-mismatch';
import { INSURANCE_MEDICAL_EXACTLY_ONE } from './rules/insurance-medical-exactly-one';
import { INSURANCE_MEDICAL_GUARANTEE } from './rules/insurance-medical-guarantee';
import { MEMBER_DEAD_LATER_EMPLOYMENT } from './rules/member-dead-later-employment';
import { MEMBER_EDUCATION_XOR_SCHOOLING } from './rules/member-education-xor-schooling';
import { MEMBER_NO_LABOUR_EMPLOYED } from './rules/member-no-labour-employed';
import { MEMBER_SCHOOLING_AGE } from './rules/member-schooling-age';
import { MEMBER_WORKING_AGE_NO_LABOUR } from './rules/member-working-age-no-labour';
import { MONITOR_NO_MEASURE } from './rules/monitor-no-measure';
import { RETURNEE_FOLLOW_UP } from './rules/returnee-follow-up';
import type { CheckContext, CheckHousehold, CheckRule, Finding } from './types';

export type * from './types';
export { findingKey, fingerprintOf } from './fingerprint';

export const CHECK_RULES: readonly CheckRule[] = [
  IDENTITY_ID_CHECKSUM,
  HOUSEHOLD_ONE_HEAD,
  HOUSEHOLD_SPOUSE_COUNT,
  HOUSEHOLD_SPOUSE_SEX,
  HOUSEHOLD_MEMBER_COUNT,
  HOUSEHOLD_NO_LABOUR,
  HOUSEHOLD_RISK_END_BEFORE_START,
  MEMBER_EDUCATION_XOR_SCHOOLING,
  MEMBER_SCHOOLING_AGE,
  MEMBER_WORKING_AGE_NO_LABOUR,
  INSURANCE_MEDICAL_EXACTLY_ONE,
  INSURANCE_MEDICAL_GUARANTEE,
  INCOME_NEGATIVE_COMPONENT,
  INCOME_NET_MISMATCH,
  INCOME_DIBAO_WITHOUT_TRANSFER,
  INCOME_ILLNESS_WITHOUT_COST,
  INCOME_ELIMINATED_BELOW_LINE,
  MONITOR_NO_MEASURE,
  MEMBER_NO_LABOUR_EMPLOYED,
  MEMBER_DEAD_LATER_EMPLOYMENT,
  EMPLOYMENT_EMPLOYED_FIELDS,
  EMPLOYMENT_OUTSIDE_PLACE,
  EMPLOYMENT_PUBLIC_POST,
  EMPLOYMENT_MONTHS_MAX,
  EMPLOYMENT_WAGE_PLAUSIBLE,
  RETURNEE_FOLLOW_UP,
  DEPT_MONITOR_WITHOUT_ASSISTANCE,
  DEPT_INSURED_NOT_ON_LIST,
  DEPT_ON_LIST_NOT_INSURED,
  DEPT_DIBAO_DIFFERS,
  DEPT_DISABILITY_DIFFERS,
];

export const CHECK_RULE_IDS: readonly string[] = CHECK_RULES.map((r) => r.id);

export function checkRule(id: string): CheckRule | undefined {
  return CHECK_RULES.find((r) => r.id === id);
}

/** The rules to run: all, or the named ones, minus the disabled ones. Unknown ids throw. */
export function selectCheckRules(options: { ruleIds?: readonly string[] | undefined; disabled?: readonly string[] | undefined } = {}): CheckRule[] {
  const unknown = (options.ruleIds ?? []).filter((id) => !CHECK_RULE_IDS.includes(id));
  if (unknown.length > 0) throw new Error(`unknown check rule id(s): ${unknown.join(', ')}`);
  const disabled = new Set(options.disabled ?? []);
  return CHECK_RULES.filter((r) => (!options.ruleIds || options.ruleIds.includes(r.id)) && !disabled.has(r.id));
}

/** Every finding of the given rules for one household, in rule order. */
export function checkHousehold(household: CheckHousehold, context: CheckContext, rules: readonly CheckRule[] = CHECK_RULES): Finding[] {
  return rules.flatMap((rule) => rule.evaluate(household, context));
}

/** Every finding over many households, in the households' order, then rule order. */
export function evaluateChecks(households: Iterable<CheckHousehold>, context: CheckContext, rules: readonly CheckRule[] = CHECK_RULES): Finding[] {
  const out: Finding[] = [];
  for (const h of households) for (const f of checkHousehold(h, context, rules)) out.push(f);
  return out;
}
