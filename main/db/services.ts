/**
 * HR service events (人社就业帮扶, domain.md §6 item 8): dated 就业指导 · 就业培训 · 岗位推荐 · 其他 per
 * labourer. Written through the mutation path; a mistaken event is deleted (history keeps it, undo
 * puts it back).
 */
import type { ServiceEvent } from '../../shared/api/employment-contract';
import { ApiError } from '../../shared/api/errors';
import type { ServiceKind } from '../../shared/domain/employment';
import { spanOf } from '../employment/needs';
import { mutate } from './mutate';
import type { Db } from './open';

export interface ServiceInput {
  memberId: number;
  date: string;
  kind: ServiceKind;
  employer?: string | undefined;
  post?: string | undefined;
  project?: string | undefined;
  result?: string | undefined;
}

const SELECT = `SELECT s.id, s.member_id AS memberId, m.name, m.id_no AS idNo, v.name AS village, s.event_date AS date, s.kind,
    s.employer, s.post, s.project, s.result, s.origin AS source
  FROM service_events s JOIN members m ON m.id = s.member_id JOIN households h ON h.id = m.household_id
  JOIN admin_units v ON v.id = h.village_id`;

/** Check an event's fields; a 岗位推荐 names its employer and post. */
export function serviceProblem(input: Pick<ServiceInput, 'kind' | 'employer' | 'post'>): string | null {
  if (input.kind === '岗位推荐' && (!input.employer || !input.post)) return '岗位推荐要写明推荐单位和推荐岗位';
  return null;
}

export function addService(db: Db, actor: string, input: ServiceInput): ServiceEvent {
  const member = db.prepare('SELECT name FROM members WHERE id = ?').get(input.memberId) as { name: string } | undefined;
  if (!member) throw new ApiError('services.no-member', '没有这个成员（可能已被删除），请刷新后重试', { memberId: input.memberId });
  const problem = serviceProblem(input);
  if (problem) throw new ApiError('services.incomplete', problem);
  const id = mutate(db, { actor, source: 'edit', label: `记录 ${member.name} 的${input.kind}（${input.date}）` }, (m) =>
    m.insert('service_events', {
      memberId: input.memberId,
      date: input.date,
      kind: input.kind,
      employer: input.employer ?? null,
      post: input.post ?? null,
      project: input.project ?? null,
      result: input.result ?? null,
      source: '手工',
    }),
  );
  return db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as ServiceEvent;
}

export function listServices(db: Db, filter: { memberId?: number | undefined; quarter?: string | undefined }): ServiceEvent[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.memberId !== undefined) {
    where.push('s.member_id = ?');
    params.push(filter.memberId);
  }
  if (filter.quarter !== undefined) {
    const span = spanOf(filter.quarter);
    where.push('s.event_date BETWEEN ? AND ?');
    params.push(span.firstDay, span.lastDay);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  return db.prepare(`${SELECT} ${clause} ORDER BY s.event_date DESC, s.id DESC`).all(...params) as ServiceEvent[];
}

export function removeService(db: Db, actor: string, id: number): boolean {
  const row = db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as ServiceEvent | undefined;
  if (!row) return false;
  mutate(db, { actor, source: 'edit', label: `删除 ${row.name} 的${row.kind}（${row.date}）` }, (m) => m.delete('service_events', id));
  return true;
}

export interface ServiceCounts {
  guidance: number;
  training: number;
  recommendations: number;
  other: number;
}

/** Service counts per member in a date range (inclusive). */
export function serviceCounts(db: Db, firstDay: string, lastDay: string): Map<number, ServiceCounts> {
  const rows = db
    .prepare('SELECT member_id AS memberId, kind, count(*) AS n FROM service_events WHERE event_date BETWEEN ? AND ? GROUP BY member_id, kind')
    .all(firstDay, lastDay) as { memberId: number; kind: ServiceKind; n: number }[];
  const out = new Map<number, ServiceCounts>();
  for (const r of rows) {
    const c = out.get(r.memberId) ?? { guidance: 0, training: 0, recommendations: 0, other: 0 };
    if (r.kind === '就业指导') c.guidance += r.n;
    else if (r.kind === '就业培训') c.training += r.n;
    else if (r.kind === '岗位推荐') c.recommendations += r.n;
    else c.other += r.n;
    out.set(r.memberId, c);
  }
  return out;
}
