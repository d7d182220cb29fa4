/**
 * 收入低于预警线 (county document item 5): 脱贫人口和监测对象 whose per-capita income is at or above
 * the 监测线 but below the warning line of the period (2023-07…10: 10600 元; 2023-11…12: 10800 元).
 * Below the 监测线 is the stronger finding and is left to income.below-monitoring-line, so a
 * household gets one income-line warning, not two. A month the policy table gives no warning line
 * gets no warning from this rule.
 */
import { warningLineFor } from '../../policy';
import { incomeBasis, incomeClause, incomeFigures } from '../income-basis';
import { inScope } from '../scope';
import type { WarningRule } from '../types';
import { householdLabel, makeWarning, warningLineText } from '../wording';

export const INCOME_BELOW_WARNING_LINE: WarningRule = {
  id: 'income.below-warning-line',
  name: '收入低于预警线',
  severity: '预警',
  description: '脱贫户和监测对象：家庭人均纯收入不低于监测线，但低于当月收入预警线',
  evaluate(h, { period, policy }) {
    if (!inScope(h)) return [];
    const line = warningLineFor(policy, period);
    if (!line) return [];
    const basis = incomeBasis(h, period);
    if (!basis || basis.perCapitaFen < policy.monitoringLineFen || basis.perCapitaFen >= line.lineFen) return [];
    const threshold = warningLineText(line);
    return [
      makeWarning(INCOME_BELOW_WARNING_LINE, h, period, {
        figures: incomeFigures(basis),
        threshold,
        message:
          `${householdLabel(h)}${incomeClause(basis, period)}，低于收入预警线 ${threshold}，` +
          '应纳入收入监测预警，强化帮扶措施，确保收入稳步提升。',
      }),
    ];
  },
};
