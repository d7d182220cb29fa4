/** 民政 cross-check: the ledger's 享受低保 disagrees with the 民政 list. */
import type { CheckRule } from '../types';
import { homeMembers, memberFinding, memberLabel } from '../wording';

export const DEPT_DIBAO_DIFFERS: CheckRule = {
  id: 'dept.dibao-differs',
  name: '享受低保与民政名单不一致',
  severity: '错误',
  description: '台账“享受低保”与民政名单中是否为低保对象不一致',
  reads: ['dibao', '民政名单'],
  evaluate(h) {
    const list = h.departments?.assistance;
    if (!list) return [];
    return homeMembers(h).flatMap((m) => {
      const onList = (list.get(m.idNo) ?? []).includes('低保');
      const ledger = m.dibao === '是';
      if (onList === ledger) return [];
      const message = ledger
        ? `${memberLabel(h, m)}台账中享受低保为是，但民政名单中不是低保对象：请向民政核实，已退出低保的更正为否。`
        : `${memberLabel(h, m)}在民政名单中是低保对象，台账中享受低保却为${m.dibao ?? '（空）'}：请更正为是。`;
      return [memberFinding(DEPT_DIBAO_DIFFERS, h, m, 'dibao', { 台账享受低保: m.dibao, 民政名单低保: onList }, message)];
    });
  },
};
