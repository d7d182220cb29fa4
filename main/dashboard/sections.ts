/**
 * The 首页 sections filled from the employment ledger, the 返乡回流 cases and the data checks
 * (issues #5, #6), each one grouped query or a few: a headline total, its breakdown (`items`, drawn
 * as the chart) and further labelled groups (listed under the chart). A section is null while its
 * area has no rows, so the dashboard shows 暂无数据 rather than a chart of zeros.
 *
 * Findings are the persisted ones: the caller runs the checks' incremental catch-up first, as the
 * 数据筛查 view does on read, so the counts equal what that view lists (switched-off rules and
 * findings marked 已核实 with unchanged values are not open).
 */
import type { DashboardSection } from '../../shared/api/dashboard-contract';
import { CHECK_RULES } from '../../shared/domain/checks';
import { quarterOfDate, quarterSpan } from '../../shared/domain/employment';
import { formatPeriod } from '../../shared/domain/periods';
import type { Db } from '../db/open';

type Item = DashboardSection['items'][number];

const REGIONS = ['县内', '省内县外', '省外', '境外'] as const;
const RETURNEE_STATUSES = ['跟踪中', '已再就业', '再次外出', '暂无意愿'] as const;

/** Labels in a fixed order first (zeros dropped), then any others by count. */
function ordered(rows: Item[], known: readonly string[]): Item[] {
  const rank = (label: string) => (known.includes(label) ? known.indexOf(label) : known.length);
  return rows.filter((r) => r.count > 0).sort((a, b) => rank(a.label) - rank(b.label) || b.count - a.count || a.label.localeCompare(b.label, 'zh-Hans-CN'));
}

/** Labourers reported in the latest month with returns: where the employed work, and needs. */
export function employmentSection(db: Db): DashboardSection | null {
  const latest = (db.prepare('SELECT max(month) AS month FROM employment_records').get() as { month: string | null }).month;
  if (latest === null) return null;
  const rows = db
    .prepare(
      `SELECT CASE WHEN employed = '是' THEN coalesce(region, '务工区域未填') WHEN employed = '否' THEN '未就业' ELSE '就业情况未填' END AS label,
              count(*) AS count
       FROM employment_records WHERE month = ? GROUP BY 1`,
    )
    .all(latest) as Item[];
  const needs = db
    .prepare(
      `SELECT count(*) AS total, coalesce(sum(employed = '是'), 0) AS employed, coalesce(sum(employed = '否'), 0) AS idle,
              coalesce(sum(job_need = '是'), 0) AS jobNeed, coalesce(sum(training_need = '是'), 0) AS trainingNeed
       FROM employment_records WHERE month = ?`,
    )
    .get(latest) as { total: number; employed: number; idle: number; jobNeed: number; trainingNeed: number };
  return {
    total: needs.total,
    items: ordered(rows, [...REGIONS, '务工区域未填', '未就业', '就业情况未填']),
    groups: [
      { title: '就业情况', items: [{ label: '已就业', count: needs.employed }, { label: '未就业', count: needs.idle }] },
      { title: '需求', items: [{ label: '有就业需求', count: needs.jobNeed }, { label: '有培训需求', count: needs.trainingNeed }] },
    ],
    note: `统计期 ${formatPeriod(latest)}（最近一次报送）`,
  };
}

/** Cases by status; 跟踪中 cases with no service event since the first day of `today`'s quarter. */
export function returneesSection(db: Db, today: string): DashboardSection | null {
  const rows = db.prepare('SELECT status AS label, count(*) AS count FROM returnee_cases GROUP BY status').all() as Item[];
  if (rows.length === 0) return null;
  const span = quarterSpan(quarterOfDate(today));
  const firstDay = span?.firstDay ?? today;
  const unserved = (
    db
      .prepare(
        `SELECT count(*) AS n FROM returnee_cases r
         WHERE r.status = '跟踪中'
           AND NOT EXISTS (SELECT 1 FROM service_events s WHERE s.member_id = r.member_id AND s.event_date >= ? AND s.event_date <= ?)`,
      )
      .get(firstDay, today) as { n: number }
  ).n;
  const tracking = rows.find((r) => r.label === '跟踪中')?.count ?? 0;
  return {
    total: tracking,
    items: ordered(rows, RETURNEE_STATUSES),
    groups: [{ title: '本季度', items: [{ label: '跟踪中未服务', count: unserved }] }],
    note: `共 ${rows.reduce((n, r) => n + r.count, 0)} 人返乡；总数为跟踪中人数`,
  };
}

const TOP_VILLAGES = 6;

/** The first `n` items and the rest summed under one label, so a town of 30 villages fits the panel. */
function topWithRest(items: Item[], n: number, restLabel: string): Item[] {
  if (items.length <= n + 1) return items;
  return [...items.slice(0, n), { label: restLabel, count: items.slice(n).reduce((sum, i) => sum + i.count, 0) }];
}

const OPEN_FINDINGS = `SELECT f.rule_id, f.severity, coalesce(f.village, '（未填村）') AS village
  FROM check_findings f LEFT JOIN check_verifications v ON v.finding_key = f.finding_key AND v.fingerprint = f.fingerprint
  WHERE v.finding_key IS NULL AND f.rule_id NOT IN (SELECT rule_id FROM check_disabled_rules)`;

/** Open findings by rule (the chart) and by severity and village (the lists). Null before any check ran. */
export function findingsSection(db: Db): DashboardSection | null {
  const ran = db.prepare('SELECT 1 FROM check_state WHERE id = 1').get();
  if (ran === undefined) return null;
  // One grouped pass over the open findings; the three breakdowns are sums of its few groups.
  const groups = db.prepare(`SELECT rule_id AS ruleId, severity, village, count(*) AS count FROM (${OPEN_FINDINGS}) GROUP BY 1, 2, 3`).all() as {
    ruleId: string;
    severity: string;
    village: string;
    count: number;
  }[];
  const sumBy = (keyOf: (g: (typeof groups)[number]) => string) => {
    const map = new Map<string, number>();
    for (const g of groups) map.set(keyOf(g), (map.get(keyOf(g)) ?? 0) + g.count);
    return [...map].map(([label, count]) => ({ label, count }));
  };
  const byRule = sumBy((g) => g.ruleId).map(({ label, count }) => ({ ruleId: label, count }));
  const bySeverity = sumBy((g) => g.severity);
  const byVillage = sumBy((g) => g.village);
  const names = new Map(CHECK_RULES.map((r) => [r.id, `${r.name}（${r.severity}）`]));
  const order = CHECK_RULES.map((r) => names.get(r.id) ?? r.id);
  const count = (label: string) => bySeverity.find((s) => s.label === label)?.count ?? 0;
  return {
    total: byRule.reduce((n, r) => n + r.count, 0),
    items: ordered(
      byRule.map((r) => ({ label: names.get(r.ruleId) ?? r.ruleId, count: r.count })),
      order,
    ),
    groups: [
      { title: '按类别', items: [{ label: '错误', count: count('错误') }, { label: '提醒', count: count('提醒') }] },
      { title: '按村（问题最多的村）', items: topWithRest(ordered(byVillage, []), TOP_VILLAGES, '其他村') },
    ],
    note: null,
  };
}
