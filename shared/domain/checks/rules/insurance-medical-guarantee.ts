/**
 * 基本医疗保障缺口 (domain.md §2, §7): in a 脱贫户 or 监测对象 household, a member without basic
 * medical insurance means 基本医疗有保障 cannot be 是.
 */
import type { CheckRule } from '../types';
import { householdFinding, householdLabel, homeMembers } from '../wording';

const POVERTY_EXIT_TYPES: readonly string[] = ['脱贫户', '脱贫不享受政策户'];

export const INSURANCE_MEDICAL_GUARANTEE: CheckRule = {
  id: 'insurance.medical-guarantee',
  name: '有成员未参保但填为基本医疗有保障',
  severity: '错误',
  description: '脱贫户、监测对象有在户成员未参加基本医疗保险，基本医疗有保障不应为是',
  reads: ['guaranteeMedical', 'medicalResident', 'medicalStaff', 'householdType', 'monitorCategory'],
  evaluate(h) {
    const inScope = POVERTY_EXIT_TYPES.includes(h.householdType) || (h.monitorCategory ?? '') !== '';
    if (!inScope || h.guaranteeMedical !== '是') return [];
    const uninsured = homeMembers(h).filter((m) => m.medicalResident !== '是' && m.medicalStaff !== '是');
    if (uninsured.length === 0) return [];
    const names = uninsured.map((m) => m.name).join('、');
    return [
      householdFinding(
        INSURANCE_MEDICAL_GUARANTEE,
        h,
        'guaranteeMedical',
        { 基本医疗有保障: h.guaranteeMedical, 未参保成员: names },
        `${householdLabel(h)}${names} 未参加基本医疗保险，基本医疗有保障却填为是：请先落实参保，未参保期间基本医疗有保障应填否。`,
      ),
    ];
  },
};
