/**
 * Shared by the employment and 返乡回流 rules: the member a labourer-month belongs to and the
 * factory for an employment finding. Those rules read the optional `employment` / `returnees`
 * inputs and report nothing when they are absent.
 */
import type { CheckEmployment, CheckHousehold, CheckMember, CheckRule, Finding, ReadValue } from './types';
import { makeFinding } from './wording';

export function memberOf(h: CheckHousehold, memberId: number): CheckMember | undefined {
  return h.members.find((m) => m.id === memberId);
}

export function employmentFinding(
  rule: Pick<CheckRule, 'id' | 'name' | 'severity'>,
  h: CheckHousehold,
  e: CheckEmployment,
  field: string,
  read: Record<string, ReadValue>,
  message: string,
): Finding {
  const member = memberOf(h, e.memberId);
  return makeFinding(rule, h, { recordKind: 'employment', recordId: e.id, field, read: { 填报月份: e.month, ...read }, message, ...(member ? { member } : {}) });
}

export function labourerName(h: CheckHousehold, e: CheckEmployment): string {
  const m = memberOf(h, e.memberId);
  return `${m?.name ?? '（成员已不在本户）'}（户编号 ${h.householdNo}）${e.month} 的就业台账`;
}

export const OUTSIDE_COUNTY_AREAS: readonly (string | null)[] = ['省内县外', '省外', '境外'];
