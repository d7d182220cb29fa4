/**
 * 因病因学风险缺少自付支出 (domain.md §7, "因病 risk ⇒ 合规自付 > 0"): a household whose risks
 * include 因病 or 因学 but whose record in force has no 合规自付支出 (empty or 0), or that has no
 * record at all. Either the cost was not entered or the risk type is stale; the clerk checks which.
 */
import { recordInForce } from '../../income';
import { formatPeriod } from '../../periods';
import type { WarningRule } from '../types';
import { householdLabel, makeWarning } from '../wording';

const COST_RISKS: readonly string[] = ['因病', '因学'];

export const RISK_ILLNESS_SCHOOL_WITHOUT_COST: WarningRule = {
  id: 'risk.illness-school-without-cost',
  name: '因病因学风险缺少自付支出',
  severity: '提醒',
  description: '风险类型有因病或因学，但当月适用的收支记录没有合规自付支出',
  evaluate(h, { period }) {
    const risks = COST_RISKS.filter((r) => h.risks.includes(r));
    if (risks.length === 0) return [];
    const record = recordInForce(h.incomes, period);
    if (record && (record.selfPaidCost ?? 0) > 0) return [];
    const riskText = risks.join('、');
    const month = formatPeriod(period);
    const where = record
      ? `${month}适用的收入数据（统计期 ${record.period}）没有合规自付支出`
      : `${month}没有适用的收入数据`;
    return [
      makeWarning(RISK_ILLNESS_SCHOOL_WITHOUT_COST, h, period, {
        figures: { 风险类型: riskText, 统计期: record ? record.period : '无' },
        threshold: null,
        message:
          `${householdLabel(h)}风险类型有${riskText}，但${where}，` +
          '请核实并补录经报销和补助后家庭自付的医疗、教育费用，或更正风险类型。',
      }),
    ];
  },
};
