/**
 * 缺少收入数据: an in-scope household with no income record in force for the period, so neither
 * line can be checked ("收入应统尽统、应录尽录", county document item 5). A record reported for a
 * later 统计期 does not count: it never applies backwards.
 */
import { recordInForce } from '../../income';
import { formatPeriod } from '../../periods';
import { inScope } from '../scope';
import type { WarningRule } from '../types';
import { householdLabel, makeWarning } from '../wording';

export const INCOME_MISSING: WarningRule = {
  id: 'income.missing',
  name: '缺少收入数据',
  severity: '提醒',
  description: '脱贫户和监测对象：没有当月及以前统计期的收支记录',
  evaluate(h, { period }) {
    if (!inScope(h) || recordInForce(h.incomes, period)) return [];
    const month = formatPeriod(period);
    const count = `${h.incomes.length} 条`;
    const figures: Record<string, string> = { 已录收支记录: count };
    let known = `已录收支记录 ${count}`;
    const earliest = h.incomes.map((r) => r.period).sort()[0];
    if (earliest) {
      figures['最早统计期'] = earliest;
      known += `，最早统计期 ${earliest}，晚于该月，不能用于该月`;
    }
    return [
      makeWarning(INCOME_MISSING, h, period, {
        figures,
        threshold: null,
        message:
          `${householdLabel(h)}${month}没有适用的收入数据（${known}），无法判断是否低于监测线和预警线，` +
          '请村里在月报中补录家庭收支情况。',
      }),
    ];
  },
};
