/**
 * The employment calendar (domain.md §5–6): the next due dates from the policy table, each with
 * what is still missing —
 *   - monthly village returns by the deadline day (20th): villages with no employment record for
 *     the month yet;
 *   - the quarterly needs sheet by the needs day (15th) of the quarter's first month: villages with
 *     no employment record for that month (their labourers' needs are unknown);
 *   - the HR feedback by the quarter's last day: labourers with needs not yet served to the 1/1/3
 *     targets;
 *   - the quarter-end export of the whole ledger to the county on the quarter's last day (nothing
 *     to count as missing: the export itself asks about open 错误 findings).
 * The only source of due dates: the shell's 近期截止 panel and the 首页 both read it.
 * The current period's item is kept while it is overdue and something is still missing.
 */
import type { CalendarItem } from '../../shared/api/employment-contract';
import { ApiError } from '../../shared/api/errors';
import { formatQuarter, nextMonth, quarterOfDate, quarterSpan, type QuarterSpan } from '../../shared/domain/employment';
import { formatPeriod, localIsoDate } from '../../shared/domain/periods';
import { policyFor, type Policy } from '../../shared/domain/policy';
import type { Db } from '../db/open';
import { listPolicies } from '../db/policy';
import { servicesForQuarter } from './service-standing';

const pad2 = (n: number) => String(n).padStart(2, '0');

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function policyOf(policies: readonly Policy[], month: string): Policy {
  const lookup = policyFor(policies, month);
  if (!lookup.ok) throw new ApiError('policy.missing-year', lookup.message, { month });
  return lookup.policy;
}

function villagesWithoutReturn(db: Db, month: string): string[] {
  return (
    db
      .prepare(
        `SELECT v.name FROM admin_units v WHERE v.level = 'village' AND NOT EXISTS (
           SELECT 1 FROM employment_records e JOIN members m ON m.id = e.member_id JOIN households h ON h.id = m.household_id
           WHERE h.village_id = v.id AND e.month = ?) ORDER BY v.name`,
      )
      .all(month) as { name: string }[]
  ).map((r) => r.name);
}

function item(kind: CalendarItem['kind'], title: string, period: string, dueDate: string, today: string, missing: CalendarItem['missing']): CalendarItem {
  const daysLeft = daysBetween(today, dueDate);
  const open = missing.some((m) => m.count > 0);
  return { kind, title, period, dueDate, daysLeft, overdue: daysLeft < 0 && open, missing };
}

function monthlyItem(db: Db, policies: readonly Policy[], month: string, today: string): CalendarItem {
  const due = `${month}-${pad2(policyOf(policies, month).monthlyDeadlineDay)}`;
  const villages = villagesWithoutReturn(db, month);
  return item('monthly-return', `${formatPeriod(month)} 村务工月监测报送`, month, due, today, [{ label: '未报送本月就业台账的村', count: villages.length, items: villages }]);
}

function needsItem(db: Db, policies: readonly Policy[], span: QuarterSpan, today: string): CalendarItem {
  const due = `${span.firstMonth}-${pad2(policyOf(policies, span.firstMonth).quarterlyNeedsDay)}`;
  const villages = villagesWithoutReturn(db, span.firstMonth);
  return item('needs-sheet', `${formatQuarter(span.quarter)} 就业/培训需求表报送`, span.quarter, due, today, [
    { label: `${formatPeriod(span.firstMonth)}未报送就业台账（需求不明）的村`, count: villages.length, items: villages },
  ]);
}

function feedbackItem(db: Db, span: QuarterSpan, today: string): CalendarItem {
  const standing = servicesForQuarter(db, span.quarter);
  const unmet = standing.rows.filter((r) => !r.met).map((r) => `${r.village ?? ''} ${r.name}`.trim());
  return item('hr-feedback', `${formatQuarter(span.quarter)} 人社就业帮扶落实反馈`, span.quarter, span.lastDay, today, [
    { label: '有需求但帮扶未达标的脱贫劳动力', count: unmet.length, items: unmet },
  ]);
}

function quarterExportItem(span: QuarterSpan, today: string): CalendarItem {
  return item('quarter-export', `${formatQuarter(span.quarter)} 季度末台账导出报县`, span.quarter, span.lastDay, today, []);
}

export function calendarDue(db: Db, todayInput?: string): { today: string; items: CalendarItem[] } {
  const today = todayInput ?? localIsoDate();
  const policies = listPolicies(db);
  const items: CalendarItem[] = [];
  const month = today.slice(0, 7);
  const current = monthlyItem(db, policies, month, today);
  if (current.daysLeft >= 0 || current.overdue) items.push(current);
  const following = nextMonth(month);
  if (current.daysLeft < 0 && policyFor(policies, following).ok) items.push(monthlyItem(db, policies, following, today));

  const span = quarterSpan(quarterOfDate(today)) as QuarterSpan;
  const nextSpan = quarterSpan(quarterOfDate(`${nextMonth(span.lastMonth)}-01`)) as QuarterSpan;
  const needs = needsItem(db, policies, span, today);
  if (needs.daysLeft >= 0 || needs.overdue) items.push(needs);
  // A next year without a policy row yet is left out rather than guessed.
  if (needs.daysLeft < 0 && policyFor(policies, nextSpan.firstMonth).ok) items.push(needsItem(db, policies, nextSpan, today));
  items.push(feedbackItem(db, span, today));
  items.push(quarterExportItem(span, today));
  return { today, items: items.sort((a, b) => a.dueDate.localeCompare(b.dueDate)) };
}
