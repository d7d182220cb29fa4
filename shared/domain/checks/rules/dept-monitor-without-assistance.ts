/** 民政 cross-check (domain.md §6 item 2): a monitoring object with its risk open gets no social assistance. */
import type { CheckRule } from '../types';
import { homeMembers, householdFinding, householdLabel } from '../wording';

export const DEPT_MONITOR_WITHOUT_ASSISTANCE: CheckRule = {
  id: 'dept.monitor-without-assistance',
  name: '监测对象未享受社会救助',
  severity: '提醒',
  description: '风险未消除的监测对象，家庭成员都不在民政低保、特困、临时救助名单中',
  reads: ['monitorCategory', 'riskEliminated', '民政名单'],
  evaluate(h) {
    const list = h.departments?.assistance;
    if (!list || (h.monitorCategory ?? '') === '' || h.riskEliminated === '是') return [];
    const home = homeMembers(h);
    if (home.length === 0 || home.some((m) => list.has(m.idNo))) return [];
    return [
      householdFinding(
        DEPT_MONITOR_WITHOUT_ASSISTANCE,
        h,
        'monitorCategory',
        { 监测对象类别: h.monitorCategory, 在民政名单中的成员: 0 },
        `${householdLabel(h)}是${h.monitorCategory ?? ''}、风险未消除，但家庭成员都不在民政救助名单中：请研判是否符合低保、特困或临时救助条件并协助申请。`,
      ),
    ];
  },
};
