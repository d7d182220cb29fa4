/**
 * The monitoring-object lifecycle (domain.md §6 item 4): 识别纳入 -> 帮扶 (measures) -> 风险消除,
 * with 回退 (undoing an elimination, with a reason). Each step is one change set that writes the
 * event and the household's own fields together, so the household row and its timeline agree.
 */
import { ApiError } from '../../shared/api/errors';
import { perCapitaFen, recordInForce, yuan } from '../../shared/domain/income';
import { policyFor, warningLineFor } from '../../shared/domain/policy';
import { mutate } from './mutate';
import type { Db } from './open';
import { listPolicies } from './policy';
import { incomeRecordsOf } from './snapshots';

export interface MonitorEvent {
  id: number;
  kind: '识别纳入' | '风险消除' | '回退';
  eventDate: string;
  category: string | null;
  risks: string[];
  mode: string | null;
  reason: string | null;
  snapshot: Record<string, string | number | null> | null;
  createdAt: string;
}

interface HouseholdState {
  id: number;
  no: string;
  category: string | null;
  eliminated: string | null;
}

function state(db: Db, householdId: number): HouseholdState {
  const row = db.prepare('SELECT id, household_no AS no, monitor_category AS category, risk_eliminated AS eliminated FROM households WHERE id = ?').get(householdId) as
    | HouseholdState
    | undefined;
  if (!row) throw new ApiError('household.not-found', '找不到这一户，请刷新后重试', { householdId });
  return row;
}

const isOpen = (s: HouseholdState) => s.category !== null && s.eliminated !== '是';

export function timeline(db: Db, householdId: number): MonitorEvent[] {
  const rows = db
    .prepare(
      'SELECT id, kind, event_date AS eventDate, category, risks, mode, reason, snapshot, created_at AS createdAt FROM monitor_events WHERE household_id = ? ORDER BY event_date, id',
    )
    .all(householdId) as (Omit<MonitorEvent, 'risks' | 'snapshot'> & { risks: string | null; snapshot: string | null })[];
  return rows.map((r) => ({ ...r, risks: r.risks ? (JSON.parse(r.risks) as string[]) : [], snapshot: r.snapshot ? (JSON.parse(r.snapshot) as MonitorEvent['snapshot']) : null }));
}

export function identify(db: Db, actor: string, householdId: number, input: { category: string; risks: string[]; date: string }): MonitorEvent[] {
  const s = state(db, householdId);
  if (isOpen(s)) throw new ApiError('monitor.already-open', `户编号 ${s.no} 已是监测对象（${s.category}），风险尚未消除，不能重复识别纳入`);
  const month = input.date.slice(0, 7);
  mutate(db, { actor, source: 'edit', label: `户 ${s.no} 识别纳入监测（${input.category}）` }, (m) => {
    m.insert('monitor_events', { householdId, kind: '识别纳入', eventDate: input.date, category: input.category, risks: input.risks });
    m.update('households', householdId, { monitorCategory: input.category, monitorStart: month, risks: input.risks, riskEliminated: '否', eliminationMode: null, riskEnd: null });
  });
  return timeline(db, householdId);
}

/** The income picture at a period: record in force, per-capita and the lines, for the snapshot. */
export function incomeSnapshot(db: Db, householdId: number, period: string): Record<string, string | number | null> {
  const lookup = policyFor(listPolicies(db), period);
  if (!lookup.ok) throw new ApiError('policy.missing-year', lookup.message, { period });
  const inForce = recordInForce(incomeRecordsOf(db, householdId), period);
  const people = (db.prepare("SELECT count(*) AS n FROM members WHERE household_id = ? AND status = '在户'").get(householdId) as { n: number }).n;
  return {
    period,
    recordPeriod: inForce?.period ?? null,
    people,
    perCapitaFen: inForce ? perCapitaFen(inForce, people) : null,
    monitoringLineFen: lookup.policy.monitoringLineFen,
    warningLineFen: warningLineFor(lookup.policy, period)?.lineFen ?? null,
  };
}

export function eliminate(db: Db, actor: string, householdId: number, input: { mode: string; date: string }): MonitorEvent[] {
  const s = state(db, householdId);
  if (!isOpen(s)) throw new ApiError('monitor.not-open', `户编号 ${s.no} 不是风险未消除的监测对象，无需标注风险消除`);
  const period = input.date.slice(0, 7);
  const snapshot = incomeSnapshot(db, householdId, period);
  const perCapita = snapshot.perCapitaFen as number | null;
  if (input.mode === '帮扶消除' && (perCapita === null || perCapita < (snapshot.monitoringLineFen as number))) {
    throw new ApiError(
      'monitor.income-below-line',
      perCapita === null
        ? `户编号 ${s.no} 在 ${period} 没有适用的收入数据，不能按“帮扶消除”标注风险消除：请先录入收支`
        : `户编号 ${s.no} 在 ${period} 家庭人均纯收入 ${yuan(perCapita)}，低于监测线 ${yuan(snapshot.monitoringLineFen as number)}，不能按“帮扶消除”标注风险消除`,
      { snapshot },
    );
  }
  mutate(db, { actor, source: 'edit', label: `户 ${s.no} 标注风险消除（${input.mode}）` }, (m) => {
    m.insert('monitor_events', { householdId, kind: '风险消除', eventDate: input.date, mode: input.mode, snapshot: JSON.stringify(snapshot) });
    m.update('households', householdId, { riskEliminated: '是', eliminationMode: input.mode, riskEnd: period });
  });
  return timeline(db, householdId);
}

export function revert(db: Db, actor: string, householdId: number, input: { reason: string; date: string }): MonitorEvent[] {
  const s = state(db, householdId);
  const last = timeline(db, householdId).at(-1);
  if (s.eliminated !== '是' || last?.kind !== '风险消除') throw new ApiError('monitor.nothing-to-revert', `户编号 ${s.no} 最近一步不是风险消除，无可回退`);
  mutate(db, { actor, source: 'edit', label: `户 ${s.no} 回退风险消除：${input.reason}` }, (m) => {
    m.insert('monitor_events', { householdId, kind: '回退', eventDate: input.date, reason: input.reason });
    m.update('households', householdId, { riskEliminated: '否', eliminationMode: null, riskEnd: null });
  });
  return timeline(db, householdId);
}

export interface MeasureRow {
  id: number;
  householdId: number;
  year: number;
  measure: string;
  detail: string | null;
  startMonth: string | null;
}

export function listMeasures(db: Db, householdId: number): MeasureRow[] {
  return db
    .prepare('SELECT id, household_id AS householdId, year, measure, detail, start_month AS startMonth FROM measures WHERE household_id = ? ORDER BY year DESC, id')
    .all(householdId) as MeasureRow[];
}

export function addMeasure(db: Db, actor: string, input: Omit<MeasureRow, 'id'>): MeasureRow[] {
  const s = state(db, input.householdId);
  mutate(db, { actor, source: 'edit', label: `户 ${s.no} ${input.year} 年帮扶措施：${input.measure}` }, (m) => m.insert('measures', { ...input }));
  return listMeasures(db, input.householdId);
}
