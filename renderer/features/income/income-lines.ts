/**
 * The 监测线 and 预警线 a row's 家庭人均纯收入 is compared with: the policy of its 统计期's year and
 * the warning line whose months cover the 统计期 — the shared lookups the warnings use.
 */
import { policyFor, warningLineFor, type Policy } from '../../../shared/domain/policy';
import type { LinesFor } from './income-columns';

export function linesFromPolicies(policies: readonly Policy[]): LinesFor {
  return (period) => {
    const lookup = policyFor(policies, period);
    if (!lookup.ok) return null;
    return { monitoringFen: lookup.policy.monitoringLineFen, warningFen: warningLineFor(lookup.policy, period)?.lineFen ?? null };
  };
}
