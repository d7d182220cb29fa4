import { describe, expect, it } from 'vitest';
import { POLICY_2023, policyFor, warningLineFor } from '../../../../../shared/domain/policy';
import { linesFromPolicies } from '../../../../../renderer/features/income/income-lines';

describe('the lines a 收支 row is coloured against', () => {
  const linesFor = linesFromPolicies([POLICY_2023]);

  it('uses the 2023 监测线 and the warning line of the row’s month', () => {
    expect(linesFor('2023-08')).toEqual({ monitoringFen: 1_042_000, warningFen: 1_060_000 });
    expect(linesFor('2023-12')).toEqual({ monitoringFen: 1_042_000, warningFen: 1_080_000 });
    expect(linesFor('2023-03')).toEqual({ monitoringFen: 1_042_000, warningFen: null });
  });

  it('has no lines for a year without a policy', () => {
    expect(linesFor('2024-01')).toBeNull();
  });

  it('agrees with the shared policyFor / warningLineFor month by month', () => {
    for (let month = 1; month <= 12; month++) {
      const period = `2023-${String(month).padStart(2, '0')}`;
      const lookup = policyFor([POLICY_2023], period);
      if (!lookup.ok) throw new Error(lookup.message);
      expect(linesFor(period)).toEqual({ monitoringFen: lookup.policy.monitoringLineFen, warningFen: warningLineFor(lookup.policy, period)?.lineFen ?? null });
    }
  });
});
