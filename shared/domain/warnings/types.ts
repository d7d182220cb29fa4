/**
 * Income and risk warnings (预警, domain.md §4–§6): pure rules over one household's snapshot for
 * one period. Every warning names its rule, its period, the figures it used and the threshold, in
 * a Chinese sentence a clerk can read out to explain it.
 */
import type { Policy } from '../policy';

export interface IncomeRecordSnapshot {
  /** 统计期, YYYY-MM. */
  period: string;
  wageIncome: number | null;
  businessIncome: number | null;
  propertyIncome: number | null;
  transferIncome: number | null;
  businessCost: number | null;
  claimIncome: number | null;
  /** 合规自付支出 (medical and education the family paid itself after insurance and subsidies), fen. */
  selfPaidCost: number | null;
}

export interface MemberSnapshot {
  id: number;
  name: string;
  idNo: string;
  age: number;
  medicalResident: string | null;
  medicalStaff: string | null;
  dibao: string | null;
}

export interface HouseholdSnapshot {
  id: number;
  householdNo: string;
  village: string | null;
  headName: string | null;
  householdType: string;
  /** 监测对象类别; null = not a monitoring object. */
  monitorCategory: string | null;
  /** 识别监测时间, YYYY-MM. */
  monitorStart: string | null;
  risks: string[];
  riskEliminated: string | null;
  guaranteeFood: string | null;
  guaranteeEducation: string | null;
  guaranteeMedical: string | null;
  guaranteeHousing: string | null;
  guaranteeWater: string | null;
  /** Members 在户 only. */
  members: MemberSnapshot[];
  /** All income records of the household, any order. */
  incomes: IncomeRecordSnapshot[];
  /** Years (YYYY) in which at least one 帮扶措施 is recorded, with the earliest start month of each. */
  measures: { year: number; firstMonth: string | null }[];
}

export type WarningSeverity = '预警' | '提醒';

export interface Warning {
  ruleId: string;
  /** Chinese rule name, e.g. 收入低于监测线. */
  ruleName: string;
  severity: WarningSeverity;
  period: string;
  householdId: number;
  householdNo: string;
  village: string | null;
  headName: string | null;
  memberId: number | null;
  memberName: string | null;
  /** The inputs, labelled in Chinese, formatted (元 with two decimals, months, counts). */
  figures: Record<string, string>;
  /** The threshold compared against, formatted; null for rules without one. */
  threshold: string | null;
  /** The whole explanation in one Chinese sentence. */
  message: string;
}

export interface WarningContext {
  period: string;
  policy: Policy;
}

export interface WarningRule {
  id: string;
  name: string;
  severity: WarningSeverity;
  /** Which households it speaks about, in Chinese (for the rule list in the 预警 view). */
  description: string;
  evaluate(household: HouseholdSnapshot, context: WarningContext): Warning[];
}
