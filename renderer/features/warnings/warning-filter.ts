/**
 * The 预警 view loads a period's warnings once and filters them here, by village and by rule, so
 * switching filters is instant and the summaries cross-filter like a pivot table: the rule chips
 * count within the chosen village, the village table counts within the chosen rule. With no
 * filter the counts equal the server's byRule / byVillage.
 */
import type { ApiOutput } from '../../../shared/api/contract';

export type WarningReport = ApiOutput<'warnings.list'>;
export type WarningItem = WarningReport['warnings'][number];
export type RuleCount = WarningReport['byRule'][number];

/** How the server names the village of a household without one (byVillage). */
export const NO_VILLAGE = '（未填村）';

export interface WarningFilter {
  village: string | null;
  ruleId: string | null;
}

export const NO_FILTER: WarningFilter = { village: null, ruleId: null };

export function villageOf(w: WarningItem): string {
  return w.village ?? NO_VILLAGE;
}

export function filterWarnings(warnings: readonly WarningItem[], filter: WarningFilter): WarningItem[] {
  return warnings.filter((w) => (filter.village === null || villageOf(w) === filter.village) && (filter.ruleId === null || w.ruleId === filter.ruleId));
}

/** Every rule of the report in the server's order, counted within the chosen village. */
export function ruleCounts(report: WarningReport, village: string | null): RuleCount[] {
  const inVillage = filterWarnings(report.warnings, { village, ruleId: null });
  return report.byRule.map((rule) => ({ ...rule, count: inVillage.filter((w) => w.ruleId === rule.ruleId).length }));
}

/** Households without a village come last among equal counts: they are a data gap, not a place. */
function compareVillages(a: string, b: string): number {
  if (a === NO_VILLAGE || b === NO_VILLAGE) return a === b ? 0 : a === NO_VILLAGE ? 1 : -1;
  return a.localeCompare(b, 'zh-CN');
}

/** Villages with at least one warning of the chosen rule: most warnings first, then by name. */
export function villageCounts(report: WarningReport, ruleId: string | null): { village: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const w of filterWarnings(report.warnings, { village: null, ruleId })) counts.set(villageOf(w), (counts.get(villageOf(w)) ?? 0) + 1);
  return [...counts].map(([village, count]) => ({ village, count })).sort((a, b) => b.count - a.count || compareVillages(a.village, b.village));
}

/** Figures shown under a warning; the deadline has its own place, so it is not repeated. */
export function shownFigures(w: WarningItem): [string, string][] {
  return Object.entries(w.figures).filter(([label]) => !(w.deadline !== null && label === '应识别截止'));
}

/** A stable React key: a rule speaks once per household, or once per member for member rules. */
export function warningKey(w: WarningItem): string {
  return `${w.ruleId}:${w.householdId}:${w.memberId ?? ''}`;
}
