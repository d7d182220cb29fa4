import { describe, expect, it } from 'vitest';
import { MONITOR_ELIMINATION_CANDIDATE } from '../../../../../shared/domain/warnings/rules/monitor-elimination-candidate';
import { MONITOR_NO_MEASURE } from '../../../../../shared/domain/warnings/rules/monitor-no-measure';
import { ctx, household, householdEarning, income, monitored } from './builders';

describe('monitor.elimination-candidate', () => {
  it('suggests 风险消除 for a monitoring object at or above the warning line, with the 三保障 reminder', () => {
    const [w, ...rest] = MONITOR_ELIMINATION_CANDIDATE.evaluate(householdEarning('10800.00', monitored()), ctx('2023-11'));
    expect(rest).toHaveLength(0);
    expect(w).toMatchObject({ ruleId: 'monitor.elimination-candidate', ruleName: '可标注风险消除', severity: '提醒' });
    expect(w?.threshold).toBe('收入预警线 10800.00 元（2023-11 至 2023-12，1.5 × 2023年广东省四类地区农村低保标准 7200 元）');
    expect(w?.message).toContain('家庭人均纯收入 10800.00 元，不低于收入预警线 10800.00 元');
    expect(w?.message).toContain('风险消除还须两不愁三保障及饮水安全均有保障');
  });

  it('follows the warning line of the month: 10700 元 qualifies in October, not in November', () => {
    const h = householdEarning('10700.00', monitored());
    expect(MONITOR_ELIMINATION_CANDIDATE.evaluate(h, ctx('2023-10'))).toHaveLength(1);
    expect(MONITOR_ELIMINATION_CANDIDATE.evaluate(h, ctx('2023-11'))).toEqual([]);
  });

  it('uses the monitoring line, and says so, in a month without a warning line', () => {
    const h = household({ ...monitored({ monitorStart: '2022-10' }), incomes: [income('2023-01', '31500.00')] });
    const [w] = MONITOR_ELIMINATION_CANDIDATE.evaluate(h, ctx('2023-03'));
    expect(w?.threshold).toBe('2023 年监测线 10420.00 元（该月没有收入预警线，按监测线判断）');
    expect(w?.message).toContain('不低于2023 年监测线 10420.00 元（该月没有收入预警线，按监测线判断）');
  });

  it('says nothing once the risk is eliminated, for households that are not monitoring objects, or without income', () => {
    expect(MONITOR_ELIMINATION_CANDIDATE.evaluate(householdEarning('12000.00', monitored({ riskEliminated: '是' })), ctx('2023-08'))).toEqual([]);
    expect(MONITOR_ELIMINATION_CANDIDATE.evaluate(householdEarning('12000.00'), ctx('2023-08'))).toEqual([]);
    expect(MONITOR_ELIMINATION_CANDIDATE.evaluate(household({ ...monitored(), incomes: [] }), ctx('2023-08'))).toEqual([]);
  });
});

describe('monitor.no-measure', () => {
  it('warns a month after 识别 when no 帮扶措施 is recorded', () => {
    const [w, ...rest] = MONITOR_NO_MEASURE.evaluate(household(monitored()), ctx('2023-08'));
    expect(rest).toHaveLength(0);
    expect(w).toMatchObject({
      ruleId: 'monitor.no-measure',
      ruleName: '识别后未落实帮扶措施',
      severity: '预警',
      threshold: '识别后 1 个月内落实帮扶措施',
      figures: { 识别监测时间: '2023-07', 已过月数: '1 个月' },
    });
    expect(w?.message).toContain('识别监测时间 2023-07，到2023年8月已过 1 个月，仍没有记录帮扶措施');
  });

  it('waits until the months allowed have passed', () => {
    expect(MONITOR_NO_MEASURE.evaluate(household(monitored()), ctx('2023-07'))).toEqual([]);
  });

  it('is satisfied by a measure of the year that started by the period', () => {
    const h = household(monitored({ measures: [{ year: 2023, firstMonth: '2023-08' }] }));
    expect(MONITOR_NO_MEASURE.evaluate(h, ctx('2023-08'))).toEqual([]);
  });

  it('does not count a measure that starts after the period', () => {
    const h = household(monitored({ measures: [{ year: 2023, firstMonth: '2023-10' }] }));
    expect(MONITOR_NO_MEASURE.evaluate(h, ctx('2023-09'))[0]?.figures['已过月数']).toBe('2 个月');
  });

  it('counts a measure of the 识别 year across the new year, but not one of an unrelated year', () => {
    const decemberCase = monitored({ monitorStart: '2022-12', measures: [{ year: 2022, firstMonth: '2022-12' }] });
    expect(MONITOR_NO_MEASURE.evaluate(household(decemberCase), ctx('2023-02'))).toEqual([]);
    const stale = monitored({ monitorStart: '2021-05', measures: [{ year: 2022, firstMonth: '2022-03' }] });
    expect(MONITOR_NO_MEASURE.evaluate(household(stale), ctx('2023-02'))[0]?.figures['已过月数']).toBe('21 个月');
  });

  it('says nothing when the risk is eliminated, 识别监测时间 is empty, or the household is not monitored', () => {
    expect(MONITOR_NO_MEASURE.evaluate(household(monitored({ riskEliminated: '是' })), ctx('2023-09'))).toEqual([]);
    expect(MONITOR_NO_MEASURE.evaluate(household(monitored({ monitorStart: null })), ctx('2023-09'))).toEqual([]);
    expect(MONITOR_NO_MEASURE.evaluate(household({ monitorStart: '2023-07' }), ctx('2023-09'))).toEqual([]);
  });
});
