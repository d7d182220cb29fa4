/**
 * Shared wording and helpers of the checks: how a household and a member are named, the one
 * factory that fills the household columns of a Finding, and the few facts several rules share
 * (在户 members, age on the reference day, the policy in force).
 */
import { ageOn, maskIdNumber } from '../id-number';
import { DEFAULT_POLICY, policyFor, type Policy } from '../policy';
import type { CheckContext, CheckHousehold, CheckMember, CheckRecordKind, CheckRule, Finding, ReadValue } from './types';

/** "户主 张三（户编号 H001，青云村）" */
export function householdLabel(h: CheckHousehold): string {
  const where = h.village ? `户编号 ${h.householdNo}，${h.village}` : `户编号 ${h.householdNo}`;
  return `户主 ${h.headName ?? '（未填姓名）'}（${where}）`;
}

/** "张三（440229********123X，户编号 H001）" — ID masked: findings travel in 疑点清单. */
export function memberLabel(h: CheckHousehold, m: CheckMember): string {
  return `${m.name}（${maskIdNumber(m.idNo)}，户编号 ${h.householdNo}）`;
}

export function homeMembers(h: CheckHousehold): CheckMember[] {
  return h.members.filter((m) => m.status === '在户');
}

export function ageAt(m: CheckMember, context: CheckContext): number {
  return ageOn(m.idNo, context.asOf);
}

/** The policy of the reference day's year, else the latest known, else the 2023 defaults. */
export function policyAt(context: CheckContext): Policy {
  const lookup = policyFor(context.policies, context.asOf.slice(0, 7));
  if (lookup.ok) return lookup.policy;
  const latest = [...context.policies].sort((a, b) => b.year - a.year)[0];
  return latest ?? DEFAULT_POLICY;
}

export function show(value: ReadValue | readonly string[] | undefined): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (Array.isArray(value)) return value.length > 0 ? value.join('、') : '（空）';
  return String(value as ReadValue);
}

export interface FindingParts {
  recordKind: CheckRecordKind;
  recordId: number;
  field: string;
  read: Record<string, ReadValue>;
  message: string;
  member?: CheckMember;
}

export function makeFinding(rule: Pick<CheckRule, 'id' | 'name' | 'severity'>, h: CheckHousehold, parts: FindingParts): Finding {
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity: rule.severity,
    householdId: h.id,
    householdNo: h.householdNo,
    village: h.village,
    headName: h.headName,
    memberId: parts.member?.id ?? null,
    memberName: parts.member?.name ?? null,
    recordKind: parts.recordKind,
    recordId: parts.recordId,
    field: parts.field,
    read: parts.read,
    message: parts.message,
  };
}

/** A member finding: the record is the member, the household columns are filled. */
export function memberFinding(rule: Pick<CheckRule, 'id' | 'name' | 'severity'>, h: CheckHousehold, m: CheckMember, field: string, read: Record<string, ReadValue>, message: string): Finding {
  return makeFinding(rule, h, { recordKind: 'member', recordId: m.id, field, read, message, member: m });
}

export function householdFinding(rule: Pick<CheckRule, 'id' | 'name' | 'severity'>, h: CheckHousehold, field: string, read: Record<string, ReadValue>, message: string): Finding {
  return makeFinding(rule, h, { recordKind: 'household', recordId: h.id, field, read, message });
}
