/** 月均收入 (domain.md §7): 0 < wage < 100 元 is almost always 元 typed as 万元 or a slip. */
import { yuan } from '../../income';
import { employmentFinding, labourerName } from '../employment-wording';
import type { CheckRule } from '../types';

const IMPLAUSIBLE_BELOW_FEN = 100_00;

export const EMPLOYMENT_WAGE_PLAUSIBLE: CheckRule = {
  id: 'employment.wage-plausible',
  name: '月均收入明显偏低',
  severity: '提醒',
  description: '务工月均收入大于 0 但不足 100 元，多为单位填错（万元、千元）',
  reads: ['monthlyWage'],
  evaluate(h) {
    return (h.employment ?? []).flatMap((e) =>
      e.monthlyWageFen !== null && e.monthlyWageFen > 0 && e.monthlyWageFen < IMPLAUSIBLE_BELOW_FEN
        ? [employmentFinding(EMPLOYMENT_WAGE_PLAUSIBLE, h, e, 'monthlyWage', { 月均收入: e.monthlyWageFen }, `${labourerName(h, e)}月均收入为 ${yuan(e.monthlyWageFen)}，不足 100 元，请核实是否按“元”填写。`)]
        : [],
    );
  },
};
