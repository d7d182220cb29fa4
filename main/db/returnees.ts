/**
 * 返乡回流 cases (domain.md §6 item 6): read with days since return, services since return and the
 * follow-up flag (open case with no service in the current quarter); opened by hand or changed
 * through the mutation path. Automatic cases come from main/employment/returnee-sync.ts.
 */
import type { ReturneeCase } from '../../shared/api/employment-contract';
import { ApiError } from '../../shared/api/errors';
import { quarterOfDate, quarterSpan } from '../../shared/domain/employment';
import { localIsoDate } from '../../shared/domain/periods';
import { mutate } from './mutate';
import type { Db } from './open';

export type ReturneePatch = Partial<{
  returnDate: string;
  originPlace: string | null;
  originEmployer: string | null;
  originRegion: '省外回流' | '省内县外回流';
  reason: string | null;
  jobWish: string | null;
  trainingWish: string | null;
  wishedJob: string | null;
  wishedRegion: string | null;
  reemployDate: string | null;
  reemployEmployer: string | null;
  reemployMode: string | null;
  leftAgainMonth: string | null;
  status: '跟踪中' | '已再就业' | '再次外出' | '暂无意愿';
  note: string | null;
}>;

type StoredCase = Omit<ReturneeCase, 'daysSinceReturn' | 'servicesSoFar' | 'lastServiceDate' | 'needsFollowUp'>;

const SELECT = `SELECT r.id, r.member_id AS memberId, h.household_no AS householdNo, v.name AS village, m.name, m.id_no AS idNo,
    m.phone, r.return_date AS returnDate, r.last_away_month AS lastAwayMonth, r.origin_place AS originPlace,
    r.origin_employer AS originEmployer, r.origin_region AS originRegion, r.reason, r.job_wish AS jobWish,
    r.training_wish AS trainingWish, r.wished_job AS wishedJob, r.wished_region AS wishedRegion,
    r.reemploy_date AS reemployDate, r.reemploy_employer AS reemployEmployer, r.reemploy_mode AS reemployMode,
    r.left_again_month AS leftAgainMonth, r.status, r.origin AS source, r.note
  FROM returnee_cases r JOIN members m ON m.id = r.member_id JOIN households h ON h.id = m.household_id
  JOIN admin_units v ON v.id = h.village_id JOIN admin_units t ON t.id = v.parent_id`;

/** A 返乡时间 given as a month counts from its first day. */
export function returnDay(returnDate: string): string {
  return returnDate.length === 7 ? `${returnDate}-01` : returnDate;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function enrich(db: Db, row: StoredCase, asOf: string): ReturneeCase {
  const since = returnDay(row.returnDate);
  const services = db
    .prepare('SELECT count(*) AS n, max(event_date) AS last FROM service_events WHERE member_id = ? AND event_date >= ? AND event_date <= ?')
    .get(row.memberId, since, asOf) as { n: number; last: string | null };
  const span = quarterSpan(quarterOfDate(asOf));
  const inQuarter = span !== null && services.last !== null && services.last >= span.firstDay;
  return {
    ...row,
    daysSinceReturn: Math.max(0, daysBetween(since, asOf)),
    servicesSoFar: services.n,
    lastServiceDate: services.last,
    needsFollowUp: row.status === '跟踪中' && !inQuarter,
  };
}

export interface ReturneeFilter {
  status?: string | undefined;
  village?: string | undefined;
  town?: string | undefined;
  followUpOnly?: boolean | undefined;
  asOf?: string | undefined;
}

export function listReturnees(db: Db, filter: ReturneeFilter = {}): ReturneeCase[] {
  const asOf = filter.asOf ?? localIsoDate();
  const where: string[] = [];
  const params: string[] = [];
  if (filter.status) {
    where.push('r.status = ?');
    params.push(filter.status);
  }
  if (filter.village) {
    where.push('v.name = ?');
    params.push(filter.village);
  }
  if (filter.town) {
    where.push('t.name = ?');
    params.push(filter.town);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db.prepare(`${SELECT} ${clause} ORDER BY v.name, h.household_no, r.member_id, r.return_date, r.id`).all(...params) as StoredCase[];
  const cases = rows.map((r) => enrich(db, r, asOf));
  return filter.followUpOnly ? cases.filter((c) => c.needsFollowUp) : cases;
}

export function getReturnee(db: Db, id: number, asOf: string = localIsoDate()): ReturneeCase {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as StoredCase | undefined;
  if (!row) throw new ApiError('returnees.not-found', '找不到这条返乡回流记录，请刷新后重试', { id });
  return enrich(db, row, asOf);
}

function checkPatch(patch: ReturneePatch, current: Partial<StoredCase>): void {
  const returnDate = patch.returnDate ?? current.returnDate;
  const reemploy = patch.reemployDate === undefined ? current.reemployDate : patch.reemployDate;
  if (returnDate && reemploy && returnDay(reemploy) < returnDay(returnDate)) {
    throw new ApiError('returnees.reemploy-before-return', `再就业时间 ${reemploy} 早于返乡时间 ${returnDate}，请核对`);
  }
  const leftAgain = patch.leftAgainMonth === undefined ? current.leftAgainMonth : patch.leftAgainMonth;
  if (returnDate && leftAgain && leftAgain < returnDate.slice(0, 7)) {
    throw new ApiError('returnees.left-before-return', `再次外出月份 ${leftAgain} 早于返乡时间 ${returnDate}，请核对`);
  }
  const status = patch.status ?? current.status;
  if (status === '已再就业' && !reemploy) throw new ApiError('returnees.reemploy-missing', '状态为“已再就业”时，请填写再就业时间');
}

export function openReturnee(db: Db, actor: string, memberId: number, values: ReturneePatch & { returnDate: string }): ReturneeCase {
  const member = db.prepare('SELECT name FROM members WHERE id = ?').get(memberId) as { name: string } | undefined;
  if (!member) throw new ApiError('returnees.no-member', '没有这个成员（可能已被删除），请刷新后重试', { memberId });
  checkPatch(values, {});
  const id = mutate(db, { actor, source: 'edit', label: `登记 ${member.name} 返乡回流` }, (m) =>
    m.insert('returnee_cases', { originRegion: '省外回流', status: '跟踪中', ...values, memberId, source: '手工' }),
  );
  return getReturnee(db, id);
}

export function updateReturnee(db: Db, actor: string, id: number, patch: ReturneePatch): ReturneeCase {
  const current = getReturnee(db, id);
  checkPatch(patch, current);
  mutate(db, { actor, source: 'edit', label: `修改 ${current.name} 的返乡回流情况` }, (m) => m.update('returnee_cases', id, patch));
  return getReturnee(db, id);
}
