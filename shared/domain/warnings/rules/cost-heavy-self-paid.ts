/**
 * 合规自付支出负担重 (county document item 4): the medical and education cost a family still pays
 * itself after insurance and subsidies is at or above the policy's heavy-burden amount. Applies to
 * every household in the ledger: for a 一般农户 a heavy burden is how a 突发严重困难户 is found.
 */
import { netIncomeFen, recordInForce, yuan } from '../../income';
import { formatPeriod } from '../../periods';
import type { WarningRule } from '../types';
import { householdLabel, makeWarning } from '../wording';

export const COST_HEAVY_SELF_PAID: WarningRule = {
  id: 'cost.heavy-self-paid',
  name: '合规自付支出负担重',
  severity: '预警',
  description: '当月适用的收支记录中，合规自付医疗、教育支出达到负担较重标准',
  evaluate(h, { period, policy }) {
    const record = recordInForce(h.incomes, period);
    const cost = record?.selfPaidCost ?? 0;
    // A zero cost is never heavy, even if a policy row sets the amount to 0.
    if (!record || cost <= 0 || cost < policy.heavySelfPaidFen) return [];
    const net = netIncomeFen(record);
    const threshold = yuan(policy.heavySelfPaidFen);
    return [
      makeWarning(COST_HEAVY_SELF_PAID, h, period, {
        figures: { 统计期: record.period, 合规自付支出: yuan(cost), 家庭纯收入: yuan(net) },
        threshold,
        message:
          `${householdLabel(h)}${formatPeriod(period)}适用的收入数据（统计期 ${record.period}）合规自付支出 ${yuan(cost)}` +
          `（家庭纯收入 ${yuan(net)}），达到负担较重标准 ${threshold}，应入户核实医疗、教育负担并研判返贫致贫风险。`,
      }),
    ];
  },
};
