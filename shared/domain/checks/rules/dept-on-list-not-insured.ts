/** 医保 cross-check: a member on the 医保 参保 list is marked uninsured in the ledger. */
import type { CheckRule } from '../types';
import { homeMembers, memberFinding, memberLabel } from '../wording';

export const DEPT_ON_LIST_NOT_INSURED: CheckRule = {
  id: 'dept.on-list-not-insured',
  name: '在医保参保名单但台账未参保',
  severity: '错误',
  description: '医保部门参保名单中的成员，台账中两种基本医疗保险都没有填是',
  reads: ['medicalResident', 'medicalStaff', '医保名单'],
  evaluate(h) {
    const list = h.departments?.insured;
    if (!list) return [];
    return homeMembers(h)
      .filter((m) => m.medicalResident !== '是' && m.medicalStaff !== '是' && list.has(m.idNo))
      .map((m) =>
        memberFinding(DEPT_ON_LIST_NOT_INSURED, h, m, 'medicalResident', { 台账参保: '否', 在医保名单: true }, `${memberLabel(h, m)}在医保参保名单中，台账却填为未参保：请按医保名单更正参保情况。`),
      );
  },
};
