/** 务工时间（月） ≤ 12 (domain.md §7). */
import { employmentFinding, labourerName } from '../employment-wording';
import type { CheckRule } from '../types';

export const EMPLOYMENT_MONTHS_MAX: CheckRule = {
  id: 'employment.months-max',
  name: '务工月数超过 12',
  severity: '错误',
  description: '务工时间（月）为一年内的月数，不能超过 12 或为负数',
  reads: ['months'],
  evaluate(h) {
    return (h.employment ?? []).flatMap((e) =>
      e.months !== null && (e.months > 12 || e.months < 0)
        ? [employmentFinding(EMPLOYMENT_MONTHS_MAX, h, e, 'months', { 务工月数: e.months }, `${labourerName(h, e)}务工时间为 ${e.months} 个月，应在 0–12 个月之间，请更正。`)]
        : [],
    );
  },
};
