/** 风险消除时间 (domain.md §2): not before 识别监测时间. */
import type { CheckRule } from '../types';
import { householdFinding, householdLabel } from '../wording';

export const HOUSEHOLD_RISK_END_BEFORE_START: CheckRule = {
  id: 'household.risk-end-before-start',
  name: '风险消除时间早于识别监测时间',
  severity: '错误',
  description: '风险消除时间应不早于识别监测时间',
  reads: ['monitorStart', 'riskEnd'],
  evaluate(h) {
    if (!h.monitorStart || !h.riskEnd || h.riskEnd >= h.monitorStart) return [];
    return [
      householdFinding(
        HOUSEHOLD_RISK_END_BEFORE_START,
        h,
        'riskEnd',
        { 识别监测时间: h.monitorStart, 风险消除时间: h.riskEnd },
        `${householdLabel(h)}风险消除时间 ${h.riskEnd} 早于识别监测时间 ${h.monitorStart}，请核对两个时间并更正。`,
      ),
    ];
  },
};
