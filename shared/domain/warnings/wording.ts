/**
 * Shared wording of warnings: how a household is named, how a warning line is described, and the
 * one factory that fills the household columns of a Warning so rules only supply what they know.
 */
import { yuan } from '../income';
import type { WarningLine } from '../policy';
import type { HouseholdSnapshot, MemberSnapshot, Warning, WarningRule } from './types';

/** "户主 张三（户编号 H001，青云村）" */
export function householdLabel(h: HouseholdSnapshot): string {
  const where = h.village ? `户编号 ${h.householdNo}，${h.village}` : `户编号 ${h.householdNo}`;
  return `户主 ${h.headName ?? '（未填姓名）'}（${where}）`;
}

/** "10800.00 元（2023-11 至 2023-12，1.5 × …）" — the line, its months and its basis if any. */
export function warningLineText(line: WarningLine): string {
  const basis = line.basis ? `，${line.basis}` : '';
  return `${yuan(line.lineFen)}（${line.from} 至 ${line.to}${basis}）`;
}

export interface WarningFindings {
  figures: Record<string, string>;
  threshold: string | null;
  message: string;
  member?: MemberSnapshot;
}

export function makeWarning(
  rule: Pick<WarningRule, 'id' | 'name' | 'severity'>,
  h: HouseholdSnapshot,
  period: string,
  findings: WarningFindings,
): Warning {
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity: rule.severity,
    period,
    householdId: h.id,
    householdNo: h.householdNo,
    village: h.village,
    headName: h.headName,
    memberId: findings.member?.id ?? null,
    memberName: findings.member?.name ?? null,
    figures: findings.figures,
    threshold: findings.threshold,
    message: findings.message,
  };
}
