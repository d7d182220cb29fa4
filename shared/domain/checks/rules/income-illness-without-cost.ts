/** 因病 ⇒ 合规自付 or 健康帮扶 (domain.md §7): an open 因病 risk shows as cost or as help. */
import type { CheckRule } from '../types';
import { householdFinding, householdLabel } from '../wording';

export const INCOME_ILLNESS_WITHOUT_COST: CheckRule = {
  id: 'income.illness-without-cost',
  name: '因病风险无自付支出也无健康帮扶',
  severity: '提醒',
  description: '风险类型含因病且风险未消除的户，应有合规自付支出或健康帮扶措施',
  reads: ['risks', 'riskEliminated', 'selfPaidCost', 'measures'],
  evaluate(h) {
    if (!h.risks.includes('因病') || h.riskEliminated === '是') return [];
    const cost = h.incomes.some((r) => (r.selfPaidCost ?? 0) > 0);
    const measure = h.measures.some((m) => m.measure === '健康帮扶');
    if (cost || measure) return [];
    return [
      householdFinding(
        INCOME_ILLNESS_WITHOUT_COST,
        h,
        'risks',
        { 风险类型: h.risks.join('、'), 有合规自付支出: false, 有健康帮扶: false },
        `${householdLabel(h)}风险类型含因病，但收支中没有合规自付支出，也没有健康帮扶措施：请补录医疗自付支出或健康帮扶措施，因病风险已不存在的请更正风险类型。`,
      ),
    ];
  },
};
