/**
 * 识别后无帮扶措施 (domain.md §7): a monitoring object with its risk open, identified at least the
 * policy's measureWithinMonths (1) before the reference day, has no 帮扶措施 from its 识别 year on.
 */
import type { CheckRule } from '../types';
import { householdFinding, householdLabel, policyAt } from '../wording';

function monthIndex(yyyyMm: string): number {
  return Number(yyyyMm.slice(0, 4)) * 12 + Number(yyyyMm.slice(5, 7)) - 1;
}

export const MONITOR_NO_MEASURE: CheckRule = {
  id: 'monitor.no-measure',
  name: '监测对象识别后无帮扶措施',
  severity: '提醒',
  description: '风险未消除的监测对象，识别超过规定月数仍没有任何帮扶措施',
  reads: ['monitorCategory', 'riskEliminated', 'monitorStart', 'measures'],
  evaluate(h, context) {
    const start = h.monitorStart;
    if ((h.monitorCategory ?? '') === '' || h.riskEliminated === '是' || !start) return [];
    const within = policyAt(context).measureWithinMonths;
    const elapsed = monthIndex(context.asOf.slice(0, 7)) - monthIndex(start);
    if (elapsed < within || h.measures.some((m) => m.year >= Number(start.slice(0, 4)))) return [];
    return [
      householdFinding(
        MONITOR_NO_MEASURE,
        h,
        'monitorCategory',
        { 识别监测时间: start, 已过月数: elapsed, 帮扶措施数: 0 },
        `${householdLabel(h)}${start} 识别为${h.monitorCategory ?? ''}，已过 ${elapsed} 个月仍没有帮扶措施（应在 ${within} 个月内落实），请录入已落实的帮扶措施。`,
      ),
    ];
  },
};
