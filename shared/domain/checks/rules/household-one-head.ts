/** 户主 (domain.md §3): exactly one 在户 member is the 户主 of a household. */
import type { CheckRule } from '../types';
import { homeMembers, householdFinding, householdLabel } from '../wording';

export const HOUSEHOLD_ONE_HEAD: CheckRule = {
  id: 'household.one-head',
  name: '户主人数不为一人',
  severity: '错误',
  description: '每户在户成员中应有且只有一位“与户主关系”为户主',
  reads: ['relation', 'status'],
  evaluate(h) {
    const home = homeMembers(h);
    const heads = home.filter((m) => m.relation === '户主');
    if (heads.length === 1 || home.length === 0) return [];
    const names = heads.map((m) => m.name).join('、');
    const message =
      heads.length === 0
        ? `${householdLabel(h)}在户成员中没有户主，请在家庭成员中把户主的“与户主关系”改为户主（户主去世或迁出的，应变更户主）。`
        : `${householdLabel(h)}有 ${heads.length} 位户主（${names}），请只保留一位，其他人改为与户主的实际关系。`;
    return [householdFinding(HOUSEHOLD_ONE_HEAD, h, 'relation', { 户主人数: heads.length, 户主: names }, message)];
  },
};
