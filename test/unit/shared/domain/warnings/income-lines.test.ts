import { describe, expect, it } from 'vitest';
import { INCOME_BELOW_MONITORING_LINE } from '../../../../../shared/domain/warnings/rules/income-below-monitoring-line';
import { INCOME_BELOW_WARNING_LINE } from '../../../../../shared/domain/warnings/rules/income-below-warning-line';
import { INCOME_MISSING } from '../../../../../shared/domain/warnings/rules/income-missing';
import type { HouseholdSnapshot } from '../../../../../shared/domain/warnings/types';
import { ctx, household, householdEarning, income, members, monitored } from './builders';

const below = (h: HouseholdSnapshot, period = '2023-08') => INCOME_BELOW_MONITORING_LINE.evaluate(h, ctx(period));
const belowWarning = (h: HouseholdSnapshot, period = '2023-08') => INCOME_BELOW_WARNING_LINE.evaluate(h, ctx(period));

describe('income.below-monitoring-line', () => {
  it('warns a 脱贫户 whose per-capita income is below 10420 元 and explains the figures', () => {
    const [w, ...rest] = below(householdEarning('9800.00'));
    expect(rest).toHaveLength(0);
    expect(w).toMatchObject({
      ruleId: 'income.below-monitoring-line',
      ruleName: '收入低于监测线',
      severity: '预警',
      period: '2023-08',
      householdNo: 'H001',
      memberId: null,
      threshold: '10420.00 元',
      figures: { 统计期: '2023-07', 家庭纯收入: '29400.00 元', 家庭人口数: '3 人', 家庭人均纯收入: '9800.00 元' },
    });
    expect(w?.message).toBe(
      '户主 张三（户编号 H001，青云村）2023年8月适用的收入数据（统计期 2023-07）家庭纯收入 29400.00 元、家庭人口数 3 人，' +
        '家庭人均纯收入 9800.00 元，低于 2023 年监测线 10420.00 元，属于易返贫致贫监测范围，应核实并按程序识别纳入。',
    );
  });

  it('does not warn a household above the line', () => {
    expect(below(householdEarning('12000.00'))).toEqual([]);
  });

  it('does not count exactly 10420.00 元 as below the line', () => {
    expect(below(householdEarning('10420.00'))).toEqual([]);
  });

  it('counts 10419.99 元 as below the line', () => {
    expect(below(householdEarning('10419.99', {}, 1))).toHaveLength(1);
  });

  it('rounds per-capita income to the fen before comparing: 31260.01 ÷ 3 = 10420.00 is not below', () => {
    expect(below(household({ incomes: [income('2023-07', '31260.01')] }))).toEqual([]);
    const [w] = below(household({ incomes: [income('2023-07', '31259.98')] }));
    expect(w?.figures['家庭人均纯收入']).toBe('10419.99 元');
  });

  it('divides by the 在户 members and nets off 生产经营性支出', () => {
    const h = household({
      members: members(2),
      incomes: [income('2023-07', '15000.00', { businessIncome: 800_000, businessCost: 300_000 })],
    });
    const [w] = below(h);
    expect(w?.figures).toMatchObject({ 家庭纯收入: '20000.00 元', 家庭人口数: '2 人', 家庭人均纯收入: '10000.00 元' });
  });

  it('gives no income warnings to a 一般农户 that is not a monitoring object', () => {
    const h = householdEarning('5000.00', { householdType: '一般农户' });
    expect(below(h)).toEqual([]);
    expect(belowWarning(householdEarning('10500.00', { householdType: '一般农户' }))).toEqual([]);
    expect(INCOME_MISSING.evaluate(household({ householdType: '一般农户', incomes: [] }), ctx('2023-08'))).toEqual([]);
  });

  it('covers 脱贫不享受政策户 and a 一般农户 that is a monitoring object', () => {
    expect(below(householdEarning('5000.00', { householdType: '脱贫不享受政策户' }))).toHaveLength(1);
    const [w] = below(householdEarning('5000.00', { householdType: '一般农户', ...monitored({ monitorCategory: '突发严重困难户' }) }));
    expect(w?.message).toContain('该户已是监测对象（突发严重困难户），应核实收入并强化帮扶措施');
  });

  it('asks to reconsider the elimination when a monitoring object marked 风险消除 falls below the line', () => {
    const [w] = below(householdEarning('9000.00', monitored({ riskEliminated: '是' })));
    expect(w?.message).toContain('必要时回退风险消除');
  });
});

describe('the income record in force', () => {
  const h = household({
    incomes: [income('2023-09', '24000.00'), income('2023-05', '27000.00'), income('2023-07', '36000.00')],
  });

  it('is the latest record not after the period, whatever order records come in', () => {
    expect(below(h, '2023-08')).toEqual([]);
    const [june] = below(h, '2023-06');
    expect(june?.figures['统计期']).toBe('2023-05');
    const [sept] = below(h, '2023-09');
    expect(sept?.figures['统计期']).toBe('2023-09');
    expect(sept?.message).toContain('2023年9月适用的收入数据（统计期 2023-09）');
  });

  it('never applies a record reported for a later period to an earlier one', () => {
    const later = household({ incomes: [income('2023-09', '24000.00')] });
    expect(below(later, '2023-08')).toEqual([]);
    expect(INCOME_MISSING.evaluate(later, ctx('2023-08'))).toHaveLength(1);
  });
});

describe('income.below-warning-line', () => {
  it('warns between the monitoring line and the warning line, naming the line and its months', () => {
    const [w, ...rest] = belowWarning(householdEarning('10500.00'));
    expect(rest).toHaveLength(0);
    expect(w).toMatchObject({ ruleId: 'income.below-warning-line', ruleName: '收入低于预警线', severity: '预警' });
    expect(w?.threshold).toBe('10600.00 元（2023-07 至 2023-10）');
    expect(w?.message).toContain('家庭人均纯收入 10500.00 元，低于收入预警线 10600.00 元（2023-07 至 2023-10）');
  });

  it('leaves a household below the monitoring line to the monitoring-line rule', () => {
    expect(belowWarning(householdEarning('10419.99', {}, 1))).toEqual([]);
    expect(belowWarning(householdEarning('10420.00'))).toHaveLength(1);
  });

  it('does not warn at or above the line', () => {
    expect(belowWarning(householdEarning('10600.00'))).toEqual([]);
  });

  it('switches from 10600 to 10800 between October and November', () => {
    const h = householdEarning('10700.00');
    expect(belowWarning(h, '2023-10')).toEqual([]);
    const [nov] = belowWarning(h, '2023-11');
    expect(nov?.threshold).toBe('10800.00 元（2023-11 至 2023-12，1.5 × 2023年广东省四类地区农村低保标准 7200 元）');
    expect(nov?.message).toContain(nov?.threshold ?? '-');
  });

  it('does not fire in a month the policy gives no warning line', () => {
    const h = household({ incomes: [income('2023-01', '31500.00')] });
    expect(belowWarning(h, '2023-03')).toEqual([]);
  });
});

describe('income.missing', () => {
  it('reminds when an in-scope household has no income record at all', () => {
    const [w] = INCOME_MISSING.evaluate(household({ incomes: [] }), ctx('2023-08'));
    expect(w).toMatchObject({ ruleId: 'income.missing', severity: '提醒', threshold: null, figures: { 已录收支记录: '0 条' } });
    expect(w?.message).toContain('户主 张三（户编号 H001，青云村）2023年8月没有适用的收入数据');
    expect(w?.message).toContain('补录');
  });

  it('says when the only records are for later months', () => {
    const [w] = INCOME_MISSING.evaluate(household({ incomes: [income('2023-10', '1.00'), income('2023-09', '1.00')] }), ctx('2023-08'));
    expect(w?.figures).toEqual({ 已录收支记录: '2 条', 最早统计期: '2023-09' });
    expect(w?.message).toContain('最早统计期 2023-09，晚于该月');
  });

  it('stays silent when a record is in force', () => {
    expect(INCOME_MISSING.evaluate(household(), ctx('2023-12'))).toEqual([]);
  });
});
