/** 收入各项 (domain.md §7): income components and costs are never negative. */
import { INCOME_LABELS, yuan } from '../../income';
import type { CheckIncome, CheckRule } from '../types';
import { householdLabel, makeFinding } from '../wording';

const KEYS = ['wageIncome', 'businessIncome', 'propertyIncome', 'transferIncome', 'businessCost', 'claimIncome', 'selfPaidCost'] as const;

export const INCOME_NEGATIVE_COMPONENT: CheckRule = {
  id: 'income.negative-component',
  name: '收支项目为负数',
  severity: '错误',
  description: '工资性、生产经营性、财产性、转移性收入和各项支出都不应为负数',
  reads: [...KEYS],
  evaluate(h) {
    return h.incomes.flatMap((r: CheckIncome) =>
      KEYS.filter((k) => (r[k] ?? 0) < 0).map((k) =>
        makeFinding(INCOME_NEGATIVE_COMPONENT, h, {
          recordKind: 'income',
          recordId: r.id,
          field: k,
          read: { 统计期: r.period, [INCOME_LABELS[k] ?? k]: r[k] },
          message: `${householdLabel(h)}统计期 ${r.period} 的${INCOME_LABELS[k] ?? k}为 ${yuan(r[k] ?? 0)}，不能为负数（亏损请填在生产经营性支出），请更正。`,
        }),
      ),
    );
  },
};
