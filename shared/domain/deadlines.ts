/**
 * The town office's next deadlines (domain.md §5–6) from today's date and the policy table: the
 * village monthly return (the policy's 月报截止日), the quarterly needs sheet to the county (the
 * policy's 季度需求报送 day of the quarter's first month), the HR bureau's feedback (during the
 * quarter's last month) and the quarter-end export. Days come from the policy, never literals.
 */
import { formatPeriod } from './periods';
import type { Policy } from './policy';
import { formatQuarter, nextQuarter, quarterContaining } from './quarters';

export interface Deadline {
  date: string;
  label: string;
  detail: string;
}

type DeadlinePolicy = Pick<Policy, 'monthlyDeadlineDay' | 'quarterlyNeedsDay'>;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${pad2(m + 1)}`;
}

/** Upcoming deadlines on or after `today` (YYYY-MM-DD), soonest first. */
export function upcomingDeadlines(today: string, policyOf: (year: number) => DeadlinePolicy): Deadline[] {
  const out: Deadline[] = [];
  let month = today.slice(0, 7);
  let monthly = `${month}-${pad2(policyOf(Number(month.slice(0, 4))).monthlyDeadlineDay)}`;
  if (monthly < today) {
    month = nextMonth(month);
    monthly = `${month}-${pad2(policyOf(Number(month.slice(0, 4))).monthlyDeadlineDay)}`;
  }
  out.push({ date: monthly, label: '村月报截止', detail: `各村报送${formatPeriod(month)}数据（每月 ${monthly.slice(8)} 日前）` });

  const quarter = quarterContaining(today);
  let needsQuarter = quarter;
  let needs = `${needsQuarter.firstMonth}-${pad2(policyOf(needsQuarter.year).quarterlyNeedsDay)}`;
  if (needs < today) {
    needsQuarter = nextQuarter(quarter);
    needs = `${needsQuarter.firstMonth}-${pad2(policyOf(needsQuarter.year).quarterlyNeedsDay)}`;
  }
  out.push({ date: needs, label: '季度需求报送', detail: `${formatQuarter(needsQuarter)}就业/培训需求表报县（季度首月 ${needs.slice(8)} 日）` });
  out.push({
    date: `${quarter.lastMonth}-01`,
    label: '人社反馈',
    detail: `${formatPeriod(quarter.lastMonth)}内人社局反馈${formatQuarter(quarter)}就业帮扶服务情况`,
  });
  out.push({ date: quarter.end, label: '季度末导出', detail: `${formatQuarter(quarter)}结束，导出全镇台账供县里分析` });
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
