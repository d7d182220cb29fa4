/** 残联 cross-check: 残疾 in 健康状况 (and 残疾类别) disagrees with the 残联 list. */
import type { CheckRule } from '../types';
import { homeMembers, memberFinding, memberLabel } from '../wording';

export const DEPT_DISABILITY_DIFFERS: CheckRule = {
  id: 'dept.disability-differs',
  name: '残疾情况与残联名单不一致',
  severity: '错误',
  description: '健康状况是否含残疾、残疾类别与残联持证残疾人名单不一致',
  reads: ['health', 'disabilityType', '残联名单'],
  evaluate(h) {
    const list = h.departments?.disability;
    if (!list) return [];
    return homeMembers(h).flatMap((m) => {
      const ledger = m.health.includes('残疾');
      const onList = list.has(m.idNo);
      const listType = list.get(m.idNo) ?? null;
      const read = { 台账健康状况: m.health.join('、'), 台账残疾类别: m.disabilityType, 在残联名单: onList, 残联残疾类别: listType };
      if (ledger && !onList) return [memberFinding(DEPT_DISABILITY_DIFFERS, h, m, 'health', read, `${memberLabel(h, m)}台账健康状况含残疾，但不在残联持证残疾人名单中：请核实是否已办残疾人证。`)];
      if (!ledger && onList) return [memberFinding(DEPT_DISABILITY_DIFFERS, h, m, 'health', read, `${memberLabel(h, m)}在残联名单中（${listType ?? '残疾'}），台账健康状况却没有残疾：请补充健康状况和残疾类别。`)];
      if (ledger && listType !== null && m.disabilityType !== null && listType !== m.disabilityType) {
        return [memberFinding(DEPT_DISABILITY_DIFFERS, h, m, 'disabilityType', read, `${memberLabel(h, m)}台账残疾类别为${m.disabilityType}，残联名单为${listType}：请按残疾人证更正。`)];
      }
      return [];
    });
  },
};
