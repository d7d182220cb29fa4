/** 家庭人口数 (domain.md §2): a stated count (imported) must equal the members 在户. */
import type { CheckRule } from '../types';
import { homeMembers, householdFinding, householdLabel } from '../wording';

export const HOUSEHOLD_MEMBER_COUNT: CheckRule = {
  id: 'household.member-count',
  name: '家庭人口数与在户成员不符',
  severity: '错误',
  description: '导入表中填报的家庭人口数与台账中在户成员人数不一致',
  reads: ['memberCountStated', 'status'],
  evaluate(h) {
    const stated = h.memberCountStated;
    const home = homeMembers(h).length;
    if (stated === null || stated === home) return [];
    return [
      householdFinding(
        HOUSEHOLD_MEMBER_COUNT,
        h,
        'memberCount',
        { 填报家庭人口数: stated, 在户成员数: home },
        `${householdLabel(h)}填报的家庭人口数为 ${stated} 人，台账中在户成员 ${home} 人，请核实是否有成员漏报、去世或迁出未登记。`,
      ),
    ];
  },
};
