/**
 * Who a warning rule speaks about (domain.md §1, §2). Kept in one place so every rule draws the
 * same line between "in scope" and everyone else.
 *
 * - 脱贫户: householdType 脱贫户 or 脱贫不享受政策户 (the 2019 边缘易致贫户 are recorded as 脱贫户).
 * - 监测对象: any household with a 监测对象类别 (an empty category means "not a monitoring object").
 * - In scope of the income rules: either of the two — the county document warns "脱贫人口和监测对象".
 */
import type { HouseholdSnapshot } from './types';

const POVERTY_EXIT_TYPES: readonly string[] = ['脱贫户', '脱贫不享受政策户'];

export function isPovertyExitHousehold(h: HouseholdSnapshot): boolean {
  return POVERTY_EXIT_TYPES.includes(h.householdType);
}

export function isMonitoringObject(h: HouseholdSnapshot): boolean {
  return (h.monitorCategory ?? '').trim() !== '';
}

export function inScope(h: HouseholdSnapshot): boolean {
  return isPovertyExitHousehold(h) || isMonitoringObject(h);
}

/** 风险是否已消除 is anything but 是 (否, or not filled yet). */
export function riskOpen(h: HouseholdSnapshot): boolean {
  return h.riskEliminated !== '是';
}
