/** 医保 cross-check: a member marked insured is not on the 医保 参保 list. */
import type { CheckRule } from '../types';
import { homeMembers, memberFinding, memberLabel } from '../wording';

export const DEPT_INSURED_NOT_ON_LIST: CheckRule = {
  id: 'dept.insured-not-on-list',
  name: '台账参保但不在医保参保名单',
  severity: '错误',
  description: '台账中填为参加基本医疗保险的成员，不在医保部门的参保名单中',
  reads: ['medicalResident', 'medicalStaff', '医保名单'],
  evaluate(h) {
    const list = h.departments?.insured;
    if (!list) return [];
    return homeMembers(h)
      .filter((m) => (m.medicalResident === '是' || m.medicalStaff === '是') && !list.has(m.idNo))
      .map((m) =>
        memberFinding(DEPT_INSURED_NOT_ON_LIST, h, m, 'medicalResident', { 台账参保: '是', 在医保名单: false }, `${memberLabel(h, m)}台账中填为已参保，但不在医保参保名单中：请向医保部门核实，未参保的动员参保并更正台账。`),
      );
  },
};
