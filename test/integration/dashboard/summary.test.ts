import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardSummary } from '../../../shared/api/dashboard-contract';
import { dashboardSummary } from '../../../main/dashboard/summary';
import { runCli } from '../../support/cli';
import type { TempLedger } from '../../support/temp-ledger';
import { dashboardLedger } from './ledger-fixture';

let ledger: TempLedger;
let summary: DashboardSummary;
let incomeHouseholds: number[];

beforeAll(async () => {
  ({ ledger, incomeHouseholds } = await dashboardLedger());
  summary = await ledger.call('dashboard.summary', {});
}, 120_000);
afterAll(() => ledger.close());

const count = (sql: string, ...params: (string | number)[]) => (ledger.service.db.prepare(sql).get(...params) as { n: number }).n;

describe('dashboard.summary', () => {
  it('totals the same households and people as stats --json', () => {
    const stats = JSON.parse(runCli('stats', '--db', ledger.path, '--json').stdout) as { households: number; members: number };
    expect(summary.totals.households).toBe(stats.households);
    expect(summary.totals.members).toBe(stats.members);
    expect(summary.totals.households).toBe(240);
  });

  it('splits households and people by 户类型 and 监测对象类别, every code listed, summing to the totals', () => {
    expect(summary.byHouseholdType.map((t) => t.key)).toEqual(['脱贫户', '脱贫不享受政策户', '一般农户']);
    expect(summary.byMonitorCategory.map((t) => t.key)).toEqual(['脱贫不稳定户', '边缘易致贫户', '突发严重困难户']);
    for (const t of summary.byHouseholdType) {
      expect(t.households).toBe(count("SELECT count(*) AS n FROM households WHERE status = '在册' AND household_type = ?", t.key));
      expect(t.members).toBe(count("SELECT count(*) AS n FROM members m WHERE m.status = '在户' AND m.household_id IN (SELECT id FROM households WHERE status = '在册' AND household_type = ?)", t.key));
    }
    for (const c of summary.byMonitorCategory) expect(c.households).toBe(count("SELECT count(*) AS n FROM households WHERE status = '在册' AND monitor_category = ?", c.key));
    expect(summary.byHouseholdType.reduce((n, t) => n + t.members, 0)).toBe(summary.totals.members);
    expect(summary.byMonitorCategory.reduce((n, t) => n + t.households, 0)).toBe(summary.totals.monitoredHouseholds);
    expect(summary.totals.monitoredHouseholds).toBeGreaterThan(0);
  });

  it('lists every village with its households, people and monitoring objects', () => {
    const villages = count("SELECT count(*) AS n FROM admin_units WHERE level = 'village'");
    expect(summary.byVillage).toHaveLength(villages);
    for (const v of summary.byVillage) {
      const id = (ledger.service.db.prepare("SELECT id FROM admin_units WHERE level = 'village' AND name = ?").get(v.village) as { id: number }).id;
      expect(v.households).toBe(count("SELECT count(*) AS n FROM households WHERE status = '在册' AND village_id = ?", id));
      expect(v.members).toBe(count("SELECT count(*) AS n FROM members m JOIN households h ON h.id = m.household_id WHERE m.status = '在户' AND h.status = '在册' AND h.village_id = ?", id));
      expect(v.monitoredHouseholds).toBe(count("SELECT count(*) AS n FROM households WHERE status = '在册' AND monitor_category IS NOT NULL AND village_id = ?", id));
    }
  });

  it('counts monitoring objects by risk and by state, including the ones identified and eliminated through the API', () => {
    const illness = count("SELECT count(*) AS n FROM households h WHERE h.status = '在册' AND h.monitor_category IS NOT NULL AND h.risks LIKE '%因病%'");
    expect(summary.monitorByRisk.find((r) => r.risk === '因病')?.households).toBe(illness);
    expect(summary.monitorByRisk.find((r) => r.risk === '因意外事故')?.households).toBeGreaterThanOrEqual(1);
    const natural = count("SELECT count(*) AS n FROM households WHERE status = '在册' AND monitor_category IS NOT NULL AND risk_eliminated = '是' AND elimination_mode = '自然消除'");
    expect(natural).toBeGreaterThanOrEqual(1);
    expect(summary.monitorByStatus.find((s) => s.status === '自然消除')?.households).toBe(natural);
    expect(summary.monitorByStatus.reduce((n, s) => n + s.households, 0)).toBe(summary.totals.monitoredHouseholds);
  });

  it('counts the same warnings as the 预警 view for the period, and explains a year without policy', async () => {
    const warnings = await ledger.call('warnings.list', { period: '2023-08' });
    expect(warnings.warnings.length).toBeGreaterThan(0);
    const tile = await ledger.call('dashboard.warnings', { period: '2023-08' });
    expect(tile).toMatchObject({ period: '2023-08', count: warnings.warnings.length, unavailable: null });
    expect(tile.byRule.reduce((n, r) => n + r.count, 0)).toBe(warnings.warnings.length);
    const later = await ledger.call('dashboard.warnings', { period: '2031-03' });
    expect(later.unavailable).toContain('2031');
  });

  it('opens on the latest 统计期 with income data when no period is given', async () => {
    expect(summary.warningPeriod).toBe('2023-11');
    const tile = await ledger.call('dashboard.warnings', {});
    expect(tile.period).toBe('2023-11');
    expect(tile.count).toBe((await ledger.call('warnings.list', { period: '2023-11' })).warnings.length);
  });

  it('recounts the warnings after the ledger changes, not from a stale answer', async () => {
    const before = await ledger.call('dashboard.warnings', { period: '2023-08' });
    // The fixture's first household earns 5000 元 in 2023-08, below the line; a corrected return lifts it.
    const below = (id: number, report: { warnings: { householdId: number; ruleId: string }[] }) => report.warnings.some((w) => w.householdId === id && w.ruleId === 'income.below-monitoring-line');
    const poor = incomeHouseholds[0]!;
    expect(below(poor, await ledger.call('warnings.list', { period: '2023-08' }))).toBe(true);
    await ledger.call('income.save', { householdId: poor, period: '2023-08', values: { wageIncome: 50_000_000 } });
    const after = await ledger.call('dashboard.warnings', { period: '2023-08' });
    const list = await ledger.call('warnings.list', { period: '2023-08' });
    expect(below(poor, list)).toBe(false);
    expect(after.count).toBe(list.warnings.length);
    expect(after.count).toBeLessThan(before.count);
  });

  it("shows this month's submission board and the next deadlines from the policy table", () => {
    expect(summary.board.villages).toHaveLength(summary.byVillage.length);
    expect(summary.board.missing).toBe(summary.byVillage.length);
    expect(summary.board.deadline.slice(8)).toBe('20');
  });

  it('shows the same due dates as the employment calendar (the shell 近期截止 panel), the one source', async () => {
    const august = dashboardSummary(ledger.service.db, new Date('2023-08-10T04:00:00Z')).deadlines;
    const calendar = await ledger.call('calendar.due', { today: '2023-08-10' });
    expect(august.unavailable).toBeNull();
    expect(august.items).toEqual(calendar.items);
    expect(august.items.map((d) => d.kind)).toEqual(expect.arrayContaining(['monthly-return', 'needs-sheet', 'hr-feedback', 'quarter-export']));
    expect(august.items.find((d) => d.kind === 'quarter-export')?.dueDate).toBe('2023-09-30');
    expect(august.items.map((d) => d.dueDate)).toEqual(august.items.map((d) => d.dueDate).sort());
    // Today: the calendar answers, or the summary says why not (a year without a policy row) instead of failing.
    const today = await ledger.service.dispatch('calendar.due', {});
    if (today.ok) expect(summary.deadlines.items).toEqual((today.value as { items: unknown[] }).items);
    else expect(summary.deadlines.unavailable).toBe(today.error.message);
  });

  it('fills the employment, 返乡回流 and findings sections from the merged ledger (figures in sections.test.ts)', async () => {
    const open = await ledger.call('checks.openCount', {});
    expect(summary.employment?.total).toBe(count('SELECT count(*) AS n FROM employment_records WHERE month = (SELECT max(month) FROM employment_records)'));
    expect(summary.returnees?.items.reduce((n, i) => n + i.count, 0)).toBe(count('SELECT count(*) AS n FROM returnee_cases'));
    expect(summary.findings?.total).toBe(open.errors + open.reminders);
  });

  it('prints the same figures and the warnings count with the dashboard CLI command', async () => {
    const result = runCli('dashboard', '--db', ledger.path, '--period', '2023-11');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as DashboardSummary & { warnings: { period: string; count: number } };
    expect(out.totals).toEqual(summary.totals);
    expect(out.byVillage).toEqual(summary.byVillage);
    expect(out.warnings).toMatchObject({ period: '2023-11', count: (await ledger.call('warnings.list', { period: '2023-11' })).warnings.length });
    const bad = runCli('dashboard', '--db', ledger.path, '--period', '2023-13');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('YYYY-MM');
  });

  it('refuses a malformed period at the boundary', async () => {
    const error = await ledger.fail('dashboard.warnings', { period: '2023-13' });
    expect(error.code).toMatch(/^input\./);
  });
});
