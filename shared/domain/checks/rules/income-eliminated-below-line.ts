/**
 * 帮扶消除 ⇒ 收入达线 (domain.md §7): a risk eliminated 帮扶消除 needs the per-capita income in force
 * at 风险消除时间 at or above that year's monitoring line. Silent without an income record or a
 * policy year (the 预警 view reports those gaps).
 */
import { netIncomeFen, perCapitaFen, recordInForce, yuan } from '../../income';
import { policyFor } from '../../policy';
import type { CheckRule } from '../types';
import { homeMembers, householdFinding, householdLabel } from '../wording';

export const INCOME_ELIMINATED_BELOW_LINE: CheckRule = {
  id: 'income.eliminated-below-line',
  name: '帮扶消除但收入低于监测线',
  severity: '错误',
  description: '风险消除方式为帮扶消除的户，消除时家庭人均纯收入应不低于当年监测线',
  reads: ['riskEliminated', 'eliminationMode', 'riskEnd', 'income'],
  evaluate(h, context) {
    if (h.riskEliminated !== '是' || h.eliminationMode !== '帮扶消除' || !h.riskEnd) return [];
    const lookup = policyFor(context.policies, h.riskEnd);
    const record = recordInForce(h.incomes, h.riskEnd);
    const people = homeMembers(h).length;
    if (!lookup.ok || !record) return [];
    const perCapita = perCapitaFen(record, people);
    if (perCapita === null || perCapita >= lookup.policy.monitoringLineFen) return [];
    const line = lookup.policy.monitoringLineFen;
    return [
      householdFinding(
        INCOME_ELIMINATED_BELOW_LINE,
        h,
        'eliminationMode',
        { 风险消除时间: h.riskEnd, 统计期: record.period, 家庭纯收入: netIncomeFen(record), 人口数: people, 监测线: line },
        `${householdLabel(h)}${h.riskEnd} 以帮扶消除方式消除风险，但当时适用的收入（统计期 ${record.period}）人均 ${yuan(perCapita)}，低于 ${lookup.policy.year} 年监测线 ${yuan(line)}：请核实收入，或回退风险消除。`,
      ),
    ];
  },
};
