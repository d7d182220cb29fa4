/**
 * The 返乡回流 rule applied to one labourer's reported months (domain.md §6 item 6), inside the
 * change set of the write that changed them:
 *
 * - Each pair of consecutive *reported* months (a gap in reporting compares the last month
 *   reported before it) where the earlier is 县外 work and the later is not employed or 县内 work
 *   opens a case (自动), unless a case for that return already exists (same last month away, or a
 *   hand-opened case whose 返乡时间 falls in the month of return).
 * - After a case's return, the first month reported employed decides its outcome: 县内 work is
 *   再就业 (closes a 跟踪中 case), 县外 work is 再次外出 (recorded as leftAgainMonth, never lost;
 *   a later return opens a new case).
 *
 * Cases are never deleted here: a correction that removes a transition leaves the case for the
 * clerk to close, with its history.
 */
import { isReturn, returnOrigin, workedAway, type ReportedMonth } from '../../shared/domain/employment';
import type { Mutation } from '../db/mutate';
import type { Db } from '../db/open';

/** A reported month as the rule reads it (employment_records columns, camelCase). */
export interface MonthRow extends ReportedMonth {
  workProvince: string | null;
  workCity: string | null;
  workCounty: string | null;
  employer: string | null;
  channel: string | null;
  jobNeed: string | null;
  trainingNeed: string | null;
  wishedJob: string | null;
  wishedRegion: string | null;
}

/** A labourer's existing case as the rule reads it. */
export interface CaseRow {
  id: number;
  returnDate: string;
  lastAwayMonth: string | null;
  status: string;
  reemployDate: string | null;
  leftAgainMonth: string | null;
}

const OPEN_STATUSES = new Set(['跟踪中', '暂无意愿']);

function reportedMonths(db: Db, memberId: number): MonthRow[] {
  return db
    .prepare(
      `SELECT month, employed, region, work_province AS workProvince, work_city AS workCity, work_county AS workCounty,
        employer, channel, job_need AS jobNeed, training_need AS trainingNeed, wished_job AS wishedJob, wished_region AS wishedRegion
       FROM employment_records WHERE member_id = ? AND employed IS NOT NULL ORDER BY month`,
    )
    .all(memberId) as MonthRow[];
}

function casesOf(db: Db, memberId: number): CaseRow[] {
  return db
    .prepare(
      `SELECT id, return_date AS returnDate, last_away_month AS lastAwayMonth, status, reemploy_date AS reemployDate,
        left_again_month AS leftAgainMonth FROM returnee_cases WHERE member_id = ? ORDER BY return_date, id`,
    )
    .all(memberId) as CaseRow[];
}

function place(row: MonthRow): string | null {
  const text = [row.workProvince, row.workCity, row.workCounty].filter((p) => p).join('');
  return text === '' ? null : text;
}

/** Re-run the rule for a labourer; returns the ids of cases opened by this call. */
export function syncReturnees(db: Db, m: Mutation, memberId: number): number[] {
  return applyReturneeRule(m, memberId, reportedMonths(db, memberId), casesOf(db, memberId));
}

/**
 * The rule over months and cases already in hand (reported months in month order, employed not
 * null; the member's cases by return date): what syncReturnees does after reading them. The demo
 * seeders call it with the months they have just written and no cases, so seeding a province
 * needs no read per returning labourer. `cases` is extended with the cases opened.
 */
export function applyReturneeRule(m: Mutation, memberId: number, months: readonly MonthRow[], cases: CaseRow[]): number[] {
  const opened: number[] = [];
  for (let i = 1; i < months.length; i++) {
    const before = months[i - 1]!;
    const after = months[i]!;
    if (!isReturn(before, after)) continue;
    const known = cases.some((c) => c.lastAwayMonth === before.month || (c.lastAwayMonth === null && c.returnDate.slice(0, 7) === after.month));
    if (known) continue;
    const id = m.insert('returnee_cases', {
      memberId,
      returnDate: after.month,
      lastAwayMonth: before.month,
      originPlace: place(before),
      originEmployer: before.employer,
      originRegion: returnOrigin(before.region),
      jobWish: after.jobNeed,
      trainingWish: after.trainingNeed,
      wishedJob: after.wishedJob,
      wishedRegion: after.wishedRegion,
      status: '跟踪中',
      source: '自动',
    });
    opened.push(id);
    cases.push({ id, returnDate: after.month, lastAwayMonth: before.month, status: '跟踪中', reemployDate: null, leftAgainMonth: null });
  }
  for (const c of cases) settleOutcome(m, c, months);
  return opened;
}

/**
 * After the return: the first month employed 县内 is 再就业 (closes an open case); the first month
 * away again is recorded as leftAgainMonth (and makes a still-open case 再次外出).
 */
function settleOutcome(m: Mutation, c: CaseRow, months: readonly MonthRow[]): void {
  const returnMonth = c.returnDate.slice(0, 7);
  const after = months.filter((row) => row.month >= returnMonth && row.employed === '是');
  const firstAway = after.find((row) => row.month > returnMonth && workedAway(row));
  const firstHome = after.find((row) => !workedAway(row) && (firstAway === undefined || row.month < firstAway.month));
  let status = c.status;
  if (firstHome && OPEN_STATUSES.has(status) && c.reemployDate === null) {
    m.update('returnee_cases', c.id, { status: '已再就业', reemployDate: firstHome.month, reemployEmployer: firstHome.employer, reemployMode: firstHome.channel });
    status = '已再就业';
  }
  if (firstAway && c.leftAgainMonth === null) {
    m.update('returnee_cases', c.id, { leftAgainMonth: firstAway.month, ...(OPEN_STATUSES.has(status) ? { status: '再次外出' } : {}) });
  }
}
