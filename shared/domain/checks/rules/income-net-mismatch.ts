/** 家庭纯收入 (domain.md §4): the stated net income equals the one recomputed from the components. */
import { netIncomeFen, yuan } from '../../income';
import type { CheckRule } from '../types';
import { householdLabel, makeFinding } from '../wording';

export const INCOME_NET_MISMATCH: CheckRule = {
  id: 'income.net-mismatch',
  name: '家庭纯收入与各项不符',
  severity: '错误',
  description: '填报的家庭纯收入应等于 工资性 + 生产经营性 + 财产性 + 转移性收入 − 生产经营性支出',
  reads: ['netIncomeStated', 'wageIncome', 'businessIncome', 'propertyIncome', 'transferIncome', 'businessCost'],
  evaluate(h) {
    return h.incomes.flatMap((r) => {
      if (r.netIncomeStated === null) return [];
      const net = netIncomeFen(r);
      if (net === r.netIncomeStated) return [];
      return [
        makeFinding(INCOME_NET_MISMATCH, h, {
          recordKind: 'income',
          recordId: r.id,
          field: 'netIncomeStated',
          read: { 统计期: r.period, 填报家庭纯收入: r.netIncomeStated, 按各项计算: net },
          message: `${householdLabel(h)}统计期 ${r.period} 填报的家庭纯收入 ${yuan(r.netIncomeStated)}，按各项收入减生产经营性支出算得 ${yuan(net)}，相差 ${yuan(Math.abs(net - r.netIncomeStated))}，请核对各项金额。`,
        }),
      ];
    });
  },
};
