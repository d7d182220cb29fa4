import { describe, expect, it } from 'vitest';
import { POLICY_2023 } from '../../../../../shared/domain/policy';
import { WARNING_RULES, evaluateWarnings } from '../../../../../shared/domain/warnings';
import { ctx, household, householdEarning, income, member, monitored } from './builders';

/** A ledger in which every rule fires at least once in 2023-08. */
function troubledLedger() {
  return [
    householdEarning('9800.00', { id: 1, householdNo: 'H001', risks: ['因病'], guaranteeHousing: '否' }),
    householdEarning('10500.00', { id: 2, householdNo: 'H002', members: [member({ medicalResident: '否' })] }, 1),
    household({ id: 3, householdNo: 'H003', incomes: [] }),
    household({ id: 4, householdNo: 'H004', incomes: [income('2023-07', '36000.00', { selfPaidCost: 650_000 })] }),
    householdEarning('12000.00', { id: 5, householdNo: 'H005', ...monitored() }),
  ];
}

describe('WARNING_RULES', () => {
  it('lists the nine rules in their fixed order, with Chinese names', () => {
    expect(WARNING_RULES.map((r) => r.id)).toEqual([
      'income.below-monitoring-line',
      'income.below-warning-line',
      'income.missing',
      'cost.heavy-self-paid',
      'risk.illness-school-without-cost',
      'guarantee.gap',
      'guarantee.uninsured-member',
      'monitor.elimination-candidate',
      'monitor.no-measure',
    ]);
    for (const r of WARNING_RULES) {
      expect(r.name).toMatch(/[\u4e00-\u9fa5]/);
      expect(r.description).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});

describe('evaluateWarnings', () => {
  it('puts in every message the figures and the threshold the warning reports', () => {
    const warnings = evaluateWarnings(troubledLedger(), ctx('2023-08'));
    expect(new Set(warnings.map((w) => w.ruleId))).toEqual(new Set(WARNING_RULES.map((r) => r.id)));
    for (const w of warnings) {
      expect(w.message).toContain(`户编号 ${w.householdNo}`);
      expect(w.message).toContain('2023年8月');
      for (const value of Object.values(w.figures)) expect(w.message, w.ruleId).toContain(value);
      if (w.threshold !== null) expect(w.message, w.ruleId).toContain(w.threshold);
    }
  });

  it('runs only the rules asked for, still in rule order', () => {
    const warnings = evaluateWarnings(troubledLedger(), ctx('2023-08'), { ruleIds: ['guarantee.gap', 'income.below-monitoring-line'] });
    expect(warnings.map((w) => [w.householdNo, w.ruleId])).toEqual([
      ['H001', 'income.below-monitoring-line'],
      ['H001', 'guarantee.gap'],
    ]);
  });

  it('refuses an unknown rule id instead of silently returning nothing', () => {
    expect(() => evaluateWarnings([], ctx('2023-08'), { ruleIds: ['income.below-line'] })).toThrow(/income\.below-line/);
  });

  it('orders by village, then 户编号, then rule order, whatever the input order', () => {
    const gap = { guaranteeWater: '否' as const, incomes: [] };
    const households = [
      household({ id: 1, householdNo: 'H10', village: '新江村', ...gap }),
      household({ id: 2, householdNo: 'H9', village: '新江村', ...gap }),
      household({ id: 3, householdNo: 'H2', village: null, ...gap }),
      household({ id: 4, householdNo: 'H5', village: '白石村', ...gap }),
    ];
    const order = (list: typeof households) =>
      evaluateWarnings(list, ctx('2023-08')).map((w) => `${w.village ?? '-'}/${w.householdNo}/${w.ruleId}`);
    const expected = [
      '白石村/H5/income.missing',
      '白石村/H5/guarantee.gap',
      '新江村/H9/income.missing',
      '新江村/H9/guarantee.gap',
      '新江村/H10/income.missing',
      '新江村/H10/guarantee.gap',
      '-/H2/income.missing',
      '-/H2/guarantee.gap',
    ];
    expect(order(households)).toEqual(expected);
    expect(order([...households].reverse())).toEqual(expected);
  });

  it('accepts any iterable of households and returns nothing for a quiet ledger', () => {
    function* ledger() {
      yield household();
      yield household({ id: 2, householdNo: 'H002', householdType: '一般农户', incomes: [] });
    }
    expect(evaluateWarnings(ledger(), ctx('2023-08'))).toEqual([]);
  });

  it('refuses a policy of another year than the period', () => {
    expect(() => evaluateWarnings([household()], { period: '2024-01', policy: POLICY_2023 })).toThrow(/policyFor/);
    expect(() => evaluateWarnings([household()], { period: '2023-8', policy: POLICY_2023 })).toThrow(/YYYY-MM/);
  });
});
