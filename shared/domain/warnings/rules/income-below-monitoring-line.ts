/**
 * 收入低于监测线 (county document item 3): 脱贫人口 whose 家庭年人均可支配收入 is below the year's
 * 监测线 (10420 元 in 2023) belong in the 易返贫致贫 monitoring scope. Strictly below: a per-capita
 * income of exactly the line is not below it. What the clerk should do depends on whether the
 * household is already a monitoring object.
 */
import { yuan } from '../../income';
import { incomeBasis, incomeClause, incomeFigures } from '../income-basis';
import { inScope, isMonitoringObject, riskOpen } from '../scope';
import type { HouseholdSnapshot, WarningRule } from '../types';
import { householdLabel, makeWarning } from '../wording';

function whatToDo(h: HouseholdSnapshot): string {
  if (!isMonitoringObject(h)) return '属于易返贫致贫监测范围，应核实并按程序识别纳入。';
  if (riskOpen(h)) return `该户已是监测对象（${h.monitorCategory ?? ''}），应核实收入并强化帮扶措施。`;
  return '该户已标注风险消除，应核实收入，必要时回退风险消除并继续帮扶。';
}

export const INCOME_BELOW_MONITORING_LINE: WarningRule = {
  id: 'income.below-monitoring-line',
  name: '收入低于监测线',
  severity: '预警',
  description: '脱贫户和监测对象：当月适用的家庭人均纯收入低于当年监测线',
  evaluate(h, { period, policy }) {
    if (!inScope(h)) return [];
    const basis = incomeBasis(h, period);
    if (!basis || basis.perCapitaFen >= policy.monitoringLineFen) return [];
    const threshold = yuan(policy.monitoringLineFen);
    return [
      makeWarning(INCOME_BELOW_MONITORING_LINE, h, period, {
        figures: incomeFigures(basis),
        threshold,
        message: `${householdLabel(h)}${incomeClause(basis, period)}，低于 ${policy.year} 年监测线 ${threshold}，${whatToDo(h)}`,
      }),
    ];
  },
};
