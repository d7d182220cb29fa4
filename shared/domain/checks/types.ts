/**
 * Data logic checks (数据筛查, domain.md §7): pure rules over one household's snapshot. A finding
 * names its rule, the record and the cell it is about, the values it read (so a clerk's 已核实 mark
 * can be dropped when those values change) and a Chinese sentence saying what is wrong and how to
 * fix it. Employment and 返乡回流 inputs are optional: their rules are silent without them.
 */
import type { Policy } from '../policy';

export interface CheckMember {
  id: number;
  name: string;
  idNo: string;
  relation: string;
  /** 成员状态: 在户 · 死亡 · 迁出 … Rules about the household speak of 在户 members only. */
  status: string;
  education: string | null;
  schooling: string | null;
  health: string[];
  disabilityType: string | null;
  labourSkill: string | null;
  medicalResident: string | null;
  medicalStaff: string | null;
  dibao: string | null;
  tekun: string | null;
}

export interface CheckIncome {
  id: number;
  /** 统计期 YYYY-MM. */
  period: string;
  wageIncome: number | null;
  businessIncome: number | null;
  propertyIncome: number | null;
  transferIncome: number | null;
  businessCost: number | null;
  claimIncome: number | null;
  selfPaidCost: number | null;
  netIncomeStated: number | null;
}

/** One labourer-month of the 脱贫劳动力就业台账 (optional input, wired after the employment branch). */
export interface CheckEmployment {
  id: number;
  memberId: number;
  /** 填报月份 YYYY-MM. */
  month: string;
  employed: boolean | null;
  /** 县内 · 省内县外 · 省外 · 境外 */
  area: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  /** 外出务工 · 公益性岗位 · … */
  channel: string | null;
  months: number | null;
  /** 月均收入, fen. */
  monthlyWageFen: number | null;
}

/** A 返乡回流 labourer (optional input) with the dates of the follow-up services given. */
export interface CheckReturnee {
  id: number;
  memberId: number;
  /** 返乡时间 YYYY-MM. */
  returnMonth: string;
  followUpDates: string[];
}

export interface CheckMeasure {
  year: number;
  measure: string;
  startMonth: string | null;
}

/**
 * Other departments' lists (domain.md §6 item 2), looked up by 证件号码 for this household's
 * members. A list that was never imported is null: its rules stay silent rather than report
 * everyone as missing from it.
 */
export interface DepartmentLists {
  /** 民政: 证件号码 -> 救助类型 (低保 · 特困 · 临时救助) of the people on the list. */
  assistance: ReadonlyMap<string, readonly string[]> | null;
  /** 医保: 证件号码 of the people on the 参保 list. */
  insured: ReadonlySet<string> | null;
  /** 残联: 证件号码 -> 残疾类别 (null when the list does not say). */
  disability: ReadonlyMap<string, string | null> | null;
}

export interface CheckHousehold {
  id: number;
  householdNo: string;
  village: string | null;
  headName: string | null;
  householdType: string;
  monitorCategory: string | null;
  memberCountStated: number | null;
  monitorStart: string | null;
  risks: string[];
  riskEliminated: string | null;
  eliminationMode: string | null;
  riskEnd: string | null;
  noLabourHousehold: string | null;
  guaranteeMedical: string | null;
  /** Every member, whatever the status (rules filter). */
  members: CheckMember[];
  incomes: CheckIncome[];
  measures: CheckMeasure[];
  employment?: CheckEmployment[];
  returnees?: CheckReturnee[];
  departments?: DepartmentLists;
}

export type CheckSeverity = '错误' | '提醒';
export type CheckRecordKind = 'household' | 'member' | 'income' | 'employment' | 'returnee';
export type ReadValue = string | number | boolean | null;

export interface Finding {
  ruleId: string;
  ruleName: string;
  severity: CheckSeverity;
  householdId: number;
  householdNo: string;
  village: string | null;
  headName: string | null;
  memberId: number | null;
  memberName: string | null;
  /** The record the finding is about, and the field (cell) to fix. */
  recordKind: CheckRecordKind;
  recordId: number;
  field: string;
  /** The values the rule read, labelled in Chinese; their fingerprint keeps 已核实 marks honest. */
  read: Record<string, ReadValue>;
  message: string;
}

export interface CheckContext {
  /** Reference day for ages and "after one month", YYYY-MM-DD. */
  asOf: string;
  /** Policy years known to the ledger (for lines and the labour age). */
  policies: readonly Policy[];
}

export interface CheckRule {
  id: string;
  name: string;
  severity: CheckSeverity;
  /** What it checks, in Chinese (for the rule list and settings). */
  description: string;
  /** Field keys it reads (for the rule list). */
  reads: readonly string[];
  evaluate(household: CheckHousehold, context: CheckContext): Finding[];
}
