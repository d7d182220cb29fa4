/** 配偶 (domain.md §3): at most one 在户 member is the 配偶 of the 户主. */
import type { CheckRule } from '../types';
import { homeMembers, householdFinding, householdLabel } from '../wording';

export const HOUSEHOLD_SPOUSE_COUNT: CheckRule = {
  id: 'household.spouse-count',
  name: '配偶多于一人',
  severity: '错误',
  description: '每户在户成员中“与户主关系”为配偶的最多一人',
  reads: ['relation', 'status'],
  evaluate(h) {
    const spouses = homeMembers(h).filter((m) => m.relation === '配偶');
    if (spouses.length <= 1) return [];
    const names = spouses.map((m) => m.name).join('、');
    return [
      householdFinding(
        HOUSEHOLD_SPOUSE_COUNT,
        h,
        'relation',
        { 配偶人数: spouses.length, 配偶: names },
        `${householdLabel(h)}有 ${spouses.length} 位配偶（${names}），请核对与户主关系（如之儿媳、之女婿）并更正。`,
      ),
    ];
  },
};
