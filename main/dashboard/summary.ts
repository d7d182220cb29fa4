/**
 * The 首页 figures, all from grouped SQL so the cost stays flat in the number of members: one pass
 * groups 在册 households by (village, 户类型, 监测对象类别) with their 在户 member counts (read from
 * the members_household covering index), and the per-type, per-category and per-village tables
 * are sums over those few groups. Risks come from json_each over monitoring objects only.
 *
 * People here are the 在户 members of 在册 households (a cancelled household's people are not
 * counted under any village), the same as `stats` wherever no household has been cancelled.
 * The warnings count is not here (see dashboard-warnings.ts): it needs the rule engine's walk over
 * every member. `findings`, `employment` and `returnees` come from sections.ts (null means the
 * area has no rows yet: 暂无数据); findings are brought up to date first, as 数据筛查 does on read,
 * but a large check runs in the background (checks/background.ts) and `checking` says so.
 *
 * At a million members the members' grouping still reads the whole members index (about half a
 * second), so the records' figures are kept per connection under the records' version stamp and the day
 * (db/ledger-version.ts): the 首页 opened again, or polled while a check runs, answers at once.
 */
import type { DashboardSummary } from '../../shared/api/dashboard-contract';
import { HOUSEHOLD_TYPES, MONITOR_CATEGORIES } from '../../shared/domain/code-lists';
import { localIsoDate } from '../../shared/domain/periods';
import type { Db } from '../db/open';
import { ApiError } from '../../shared/api/errors';
import { ensureChecks } from '../checks/background';
import { recordsVersion } from '../db/ledger-version';
import { calendarDue } from '../employment/calendar';
import { submissionBoard } from '../imports/board';
import { employmentSection, findingsSection, returneesSection } from './sections';

interface Group {
  village: string;
  type: string;
  category: string | null;
  households: number;
  members: number;
}

const MEMBERS_PER_HOUSEHOLD = `(SELECT household_id, count(*) AS n FROM members WHERE status = '在户' GROUP BY household_id)`;

function groups(db: Db): Group[] {
  return db
    .prepare(
      `SELECT v.name AS village, h.household_type AS type, h.monitor_category AS category,
              count(*) AS households, coalesce(sum(mc.n), 0) AS members
       FROM households h
       JOIN admin_units v ON v.id = h.village_id
       LEFT JOIN ${MEMBERS_PER_HOUSEHOLD} mc ON mc.household_id = h.id
       WHERE h.status = '在册'
       GROUP BY v.name, h.household_type, h.monitor_category`,
    )
    .all() as Group[];
}

/** Sums of households and members per key, listing `known` keys first (even at 0), then any others. */
function tally(rows: Group[], keyOf: (g: Group) => string | null, known: readonly string[]): DashboardSummary['byHouseholdType'] {
  const map = new Map<string, { households: number; members: number }>(known.map((k) => [k, { households: 0, members: 0 }]));
  for (const g of rows) {
    const key = keyOf(g);
    if (key === null) continue;
    const entry = map.get(key) ?? { households: 0, members: 0 };
    entry.households += g.households;
    entry.members += g.members;
    map.set(key, entry);
  }
  return [...map].map(([key, v]) => ({ key, ...v }));
}

function byVillage(db: Db, rows: Group[]): DashboardSummary['byVillage'] {
  const villages = (db.prepare("SELECT name FROM admin_units WHERE level = 'village' ORDER BY name").all() as { name: string }[]).map((v) => v.name);
  const map = new Map(villages.map((v) => [v, { village: v, households: 0, members: 0, monitoredHouseholds: 0 }]));
  for (const g of rows) {
    const entry = map.get(g.village) ?? { village: g.village, households: 0, members: 0, monitoredHouseholds: 0 };
    entry.households += g.households;
    entry.members += g.members;
    if (g.category !== null) entry.monitoredHouseholds += g.households;
    map.set(g.village, entry);
  }
  return [...map.values()];
}

/** The employment calendar's due items; a year without a policy row explains itself instead of failing the 首页. */
function deadlines(db: Db, today: string): DashboardSummary['deadlines'] {
  try {
    return { items: calendarDue(db, today).items, unavailable: null };
  } catch (error) {
    if (error instanceof ApiError) return { items: [], unavailable: error.message };
    throw error;
  }
}

/** The month the warnings count is made for: the latest 统计期 with income data, else this month. */
export function defaultWarningPeriod(db: Db, now: Date): string {
  const latest = db.prepare('SELECT max(period) AS period FROM income_records').get() as { period: string | null };
  return latest.period ?? localIsoDate(now).slice(0, 7);
}

/** Bring the findings up to date, or start the background run (a ledger without households has none to check). */
function checksFor(db: Db, today: string): DashboardSummary['checking'] {
  const households = (db.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n;
  return households > 0 ? ensureChecks(db, today) : null;
}

type Figures = Omit<DashboardSummary, 'generatedAt' | 'checking' | 'findings'>;

const cache = new WeakMap<Db, { key: string; figures: Figures }>();

export function dashboardSummary(db: Db, now: Date = new Date()): DashboardSummary {
  const today = localIsoDate(now);
  const checking = checksFor(db, today);
  // The records' figures wait for a record to change; the findings (a few grouped rows) are read each time.
  const key = `${today}|${recordsVersion(db)}`;
  const hit = cache.get(db);
  const figures = hit?.key === key ? hit.figures : computeFigures(db, now);
  cache.set(db, { key, figures });
  return { generatedAt: now.toISOString(), ...figures, findings: findingsSection(db), checking };
}

function computeFigures(db: Db, now: Date): Figures {
  const rows = groups(db);
  const monitored = rows.filter((g) => g.category !== null);
  const sum = (list: Group[], key: 'households' | 'members') => list.reduce((n, g) => n + g[key], 0);
  const today = localIsoDate(now);
  const board = submissionBoard(db, today.slice(0, 7));
  const count = (status: string) => board.villages.filter((v) => v.status === status).length;
  const town = db.prepare("SELECT name FROM admin_units WHERE level = 'town' LIMIT 2").all() as { name: string }[];
  return {
    town: town.length === 1 ? (town[0]?.name ?? null) : null,
    totals: { households: sum(rows, 'households'), members: sum(rows, 'members'), monitoredHouseholds: sum(monitored, 'households'), monitoredMembers: sum(monitored, 'members') },
    byHouseholdType: tally(rows, (g) => g.type, HOUSEHOLD_TYPES),
    byMonitorCategory: tally(rows, (g) => g.category, MONITOR_CATEGORIES),
    byVillage: byVillage(db, rows),
    monitorByRisk: db
      .prepare(
        `SELECT j.value AS risk, count(*) AS households FROM households h, json_each(h.risks) j
         WHERE h.status = '在册' AND h.monitor_category IS NOT NULL AND json_valid(h.risks)
         GROUP BY j.value ORDER BY households DESC, risk`,
      )
      .all() as DashboardSummary['monitorByRisk'],
    monitorByStatus: db
      .prepare(
        `SELECT CASE WHEN h.risk_eliminated = '是' THEN coalesce(h.elimination_mode, '已消除') ELSE '风险未消除' END AS status, count(*) AS households
         FROM households h WHERE h.status = '在册' AND h.monitor_category IS NOT NULL
         GROUP BY 1 ORDER BY CASE WHEN h.risk_eliminated = '是' THEN 1 ELSE 0 END, 1`,
      )
      .all() as DashboardSummary['monitorByStatus'],
    warningPeriod: defaultWarningPeriod(db, now),
    board: {
      month: board.month,
      deadline: board.deadline,
      onTime: count('on-time'),
      late: count('late'),
      missing: count('missing'),
      villages: board.villages.map(({ village, status, submittedAt }) => ({ village, status, submittedAt })),
    },
    deadlines: deadlines(db, today),
    employment: employmentSection(db),
    returnees: returneesSection(db, today),
  };
}
