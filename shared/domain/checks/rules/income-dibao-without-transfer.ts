/** 低保 ⇒ 转移性收入 (domain.md §7): a household with a 低保 member has 转移性收入 in its latest record. */
import { yuan } from '../../income';
import type { CheckRule } from '../types';
import { homeMembers, householdLabel, makeFinding } from '../wording';

export const INCOME_DIBAO_WITHOUT_TRANSFER: CheckRule = {
  id: 'income.dibao-without-transfer',
  name: '享受低保但无转移性收入',
  severity: '提醒',
  description: '有成员享受低保的户，最近一期收支的转移性收入应大于 0（低保金计入转移性收入）',
  reads: ['dibao', 'transferIncome'],
  evaluate(h) {
    const dibao = homeMembers(h).filter((m) => m.dibao === '是');
    if (dibao.length === 0 || h.incomes.length === 0) return [];
    const latest = h.incomes.reduce((a, b) => (b.period > a.period ? b : a));
    if ((latest.transferIncome ?? 0) > 0) return [];
    return [
      makeFinding(INCOME_DIBAO_WITHOUT_TRANSFER, h, {
        recordKind: 'income',
        recordId: latest.id,
        field: 'transferIncome',
        read: { 统计期: latest.period, 享受低保成员: dibao.map((m) => m.name).join('、'), 转移性收入: latest.transferIncome },
        message: `${householdLabel(h)}有 ${dibao.length} 人享受低保，但统计期 ${latest.period} 的转移性收入为 ${yuan(latest.transferIncome ?? 0)}，请把低保金计入转移性收入，或核实低保是否仍在享受。`,
      }),
    ];
  },
};
