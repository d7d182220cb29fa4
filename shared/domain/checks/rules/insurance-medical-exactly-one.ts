/** 基本医疗保险 (domain.md §3): exactly one of 城乡居民医保 / 城镇职工医保 is 是. */
import type { CheckRule } from '../types';
import { homeMembers, memberFinding, memberLabel, show } from '../wording';

export const INSURANCE_MEDICAL_EXACTLY_ONE: CheckRule = {
  id: 'insurance.medical-exactly-one',
  name: '基本医疗保险参保填报不当',
  severity: '错误',
  description: '城乡居民基本医疗保险和城镇职工基本医疗保险应有且只有一项为是',
  reads: ['medicalResident', 'medicalStaff'],
  evaluate(h) {
    return homeMembers(h).flatMap((m) => {
      const yes = Number(m.medicalResident === '是') + Number(m.medicalStaff === '是');
      if (yes === 1) return [];
      const read = { 城乡居民医保: m.medicalResident, 城镇职工医保: m.medicalStaff };
      const message =
        yes === 2
          ? `${memberLabel(h, m)}城乡居民医保和城镇职工医保都填了是，两者只能参加一种，请向医保部门核实后更正。`
          : `${memberLabel(h, m)}城乡居民医保为${show(m.medicalResident)}、城镇职工医保为${show(m.medicalStaff)}，未参加基本医疗保险，请核实参保情况并动员参保（已参保的更正为是）。`;
      return [memberFinding(INSURANCE_MEDICAL_EXACTLY_ONE, h, m, 'medicalResident', read, message)];
    });
  },
};
