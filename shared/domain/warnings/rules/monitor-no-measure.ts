/**
 * 识别后未落实帮扶措施 (domain.md §7): a monitoring object with its risk open, identified at least
 * policy.measureWithinMonths months before the period, and no 帮扶措施 that counts for the period.
 *
 * A measure counts when it is recorded in the period's year or in the year of 识别 (help given
 * right after a December 识别 is filed under that year) and started no later than the period.
 * A measure whose start month is unknown counts: its year is known, and a clerk cannot act on a
 * warning about a missing month.
 */
import { formatPeriod } from '../../periods';
import { isMonitoringObject, riskOpen } from '../scope';
import type { HouseholdSnapshot, WarningRule } from '../types';
import { householdLabel, makeWarning } from '../wording';

function monthIndex(period: string): number {
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
}

function hasCountingMeasure(h: HouseholdSnapshot, start: string, period: string): boolean {
  const periodYear = Number(period.slice(0, 4));
  const startYear = Number(start.slice(0, 4));
  return h.measures.some(
    (m) => (m.year === periodYear || m.year === startYear) && (m.firstMonth === null || m.firstMonth <= period),
  );
}

export const MONITOR_NO_MEASURE: WarningRule = {
  id: 'monitor.no-measure',
  name: '识别后未落实帮扶措施',
  severity: '预警',
  description: '风险未消除的监测对象：识别后超过规定月数仍没有帮扶措施',
  evaluate(h, { period, policy }) {
    const start = h.monitorStart;
    if (!isMonitoringObject(h) || !riskOpen(h) || !start) return [];
    const elapsed = monthIndex(period) - monthIndex(start);
    if (elapsed < policy.measureWithinMonths || hasCountingMeasure(h, start, period)) return [];
    const threshold = `识别后 ${policy.measureWithinMonths} 个月内落实帮扶措施`;
    return [
      makeWarning(MONITOR_NO_MEASURE, h, period, {
        figures: { 识别监测时间: start, 已过月数: `${elapsed} 个月` },
        threshold,
        message:
          `${householdLabel(h)}识别监测时间 ${start}，到${formatPeriod(period)}已过 ${elapsed} 个月，` +
          `仍没有记录帮扶措施，未达到“${threshold}”的要求，请尽快制定并录入帮扶措施。`,
      }),
    ];
  },
};
