/** 务工 ⇔ 务工区域 and 月数 > 0 (domain.md §7). */
import { employmentFinding, labourerName } from '../employment-wording';
import type { CheckRule } from '../types';

export const EMPLOYMENT_EMPLOYED_FIELDS: CheckRule = {
  id: 'employment.employed-fields',
  name: '务工情况与务工区域、月数不符',
  severity: '错误',
  description: '是否务工为是，当且仅当填了务工区域且务工时间（月）大于 0',
  reads: ['employed', 'area', 'months'],
  evaluate(h) {
    return (h.employment ?? []).flatMap((e) => {
      if (e.employed === null) return [];
      const filled = e.area !== null && (e.months ?? 0) > 0;
      if (e.employed === filled) return [];
      const read = { 是否务工: e.employed ? '是' : '否', 务工区域: e.area, 务工月数: e.months };
      const message = e.employed
        ? `${labourerName(h, e)}填为务工，但务工区域或务工时间（月）没有填，请补填。`
        : `${labourerName(h, e)}填为未务工，却填了务工区域 ${e.area ?? ''}、务工 ${e.months ?? 0} 个月，请核实是否务工并更正。`;
      return [employmentFinding(EMPLOYMENT_EMPLOYED_FIELDS, h, e, e.employed ? 'area' : 'employed', read, message)];
    });
  },
};
