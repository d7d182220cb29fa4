import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardSummary } from '../../../shared/api/dashboard-contract';
import { dashboardSummary } from '../../../main/dashboard/summary';
import { seedDemo } from '../../../main/demo/seed-demo';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';

let ledger: TempLedger;
let summary: DashboardSummary;
// Inside the demo's third quarter, so its service events fall in "this quarter".
const NOW = new Date('2023-09-25T04:00:00Z');

beforeAll(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 160, seed: 7 });
  // The demo is clean: give a few members in different villages findings of two rules.
  const members = ledger.service.db
    .prepare("SELECT m.id FROM members m JOIN households h ON h.id = m.household_id WHERE m.status = '在户' AND m.relation != '户主' AND m.education IS NOT NULL GROUP BY h.village_id")
    .all() as { id: number }[];
  for (const [i, m] of members.entries()) await ledger.call('members.update', { id: m.id, patch: i % 2 === 0 ? { medicalStaff: '是' } : { relation: '户主' } });
  summary = dashboardSummary(ledger.service.db, NOW);
}, 120_000);
afterAll(() => ledger.close());

const count = (sql: string, ...params: (string | number)[]) => (ledger.service.db.prepare(sql).get(...params) as { n: number }).n;
const item = (items: { label: string; count: number }[], label: string) => items.find((i) => i.label === label)?.count ?? 0;
const group = (section: DashboardSummary['employment'], title: string) => section?.groups.find((g) => g.title === title)?.items ?? [];

describe('dashboard sections on the demo ledger', () => {
  it('counts the labourers of the latest reported month by 务工区域, employed or not, and their needs', () => {
    const employment = summary.employment!;
    expect(employment).not.toBeNull();
    expect(employment.note).toContain('2023年9月');
    expect(employment.total).toBe(count("SELECT count(*) AS n FROM employment_records WHERE month = '2023-09'"));
    expect(employment.total).toBeGreaterThan(0);
    for (const region of ['县内', '省内县外', '省外', '境外']) {
      expect(item(employment.items, region)).toBe(count("SELECT count(*) AS n FROM employment_records WHERE month = '2023-09' AND employed = '是' AND region = ?", region));
    }
    expect(item(employment.items, '未就业')).toBe(count("SELECT count(*) AS n FROM employment_records WHERE month = '2023-09' AND employed = '否'"));
    expect(employment.items.reduce((n, i) => n + i.count, 0)).toBe(employment.total);
    expect(item(group(employment, '就业情况'), '已就业')).toBe(count("SELECT count(*) AS n FROM employment_records WHERE month = '2023-09' AND employed = '是'"));
    expect(item(group(employment, '需求'), '有就业需求')).toBe(count("SELECT count(*) AS n FROM employment_records WHERE month = '2023-09' AND job_need = '是'"));
    expect(item(group(employment, '需求'), '有培训需求')).toBe(count("SELECT count(*) AS n FROM employment_records WHERE month = '2023-09' AND training_need = '是'"));
  });

  it('counts returnee cases by status and the 跟踪中 ones without a service this quarter', () => {
    const returnees = summary.returnees!;
    expect(returnees).not.toBeNull();
    for (const status of ['跟踪中', '已再就业', '再次外出', '暂无意愿']) {
      expect(item(returnees.items, status)).toBe(count('SELECT count(*) AS n FROM returnee_cases WHERE status = ?', status));
    }
    expect(returnees.total).toBe(count("SELECT count(*) AS n FROM returnee_cases WHERE status = '跟踪中'"));
    const unserved = count(
      `SELECT count(*) AS n FROM returnee_cases r WHERE r.status = '跟踪中' AND r.member_id NOT IN
       (SELECT member_id FROM service_events WHERE event_date BETWEEN '2023-07-01' AND '2023-09-25')`,
    );
    expect(item(group(returnees, '本季度'), '跟踪中未服务')).toBe(unserved);
  });

  it('counts the open findings by rule, severity and village after the checks catch up', () => {
    const findings = summary.findings!;
    expect(findings).not.toBeNull();
    const open = count('SELECT count(*) AS n FROM check_findings');
    expect(open).toBeGreaterThan(0);
    expect(findings.total).toBe(open);
    expect(item(group(findings, '按类别'), '错误')).toBe(count("SELECT count(*) AS n FROM check_findings WHERE severity = '错误'"));
    const villages = ledger.service.db.prepare('SELECT village AS label, count(*) AS count FROM check_findings GROUP BY village ORDER BY count DESC').all() as { label: string; count: number }[];
    const listed = group(findings, '按村（问题最多的村）');
    expect(listed.length).toBeLessThanOrEqual(7);
    expect(listed.reduce((n, v) => n + v.count, 0)).toBe(open);
    for (const v of listed.filter((l) => l.label !== '其他村')) expect(v.count).toBe(villages.find((x) => x.label === v.label)?.count);
    expect(listed[0]!.count).toBe(villages[0]!.count);
    expect(findings.items.reduce((n, i) => n + i.count, 0)).toBe(open);
  });

  it('leaves out findings marked 已核实 and rules switched off, as 数据筛查 does', async () => {
    // Both through the API, so both check as of today (the summary above is as of the demo's quarter).
    const before = await ledger.call('dashboard.summary', {});
    const list = await ledger.call('checks.list', {});
    const first = list.findings[0]!;
    await ledger.call('checks.verify', { key: first.key, note: '已入户核实' });
    const ruleId = list.byRule.find((r) => r.ruleId !== first.ruleId)?.ruleId ?? first.ruleId;
    await ledger.call('checks.setRule', { ruleId, enabled: false });
    const after = await ledger.call('dashboard.summary', {});
    const expected = await ledger.call('checks.list', {});
    expect(after.findings!.total).toBe(expected.errors + expected.reminders);
    expect(after.findings!.total).toBeLessThan(before.findings!.total);
    const offName = list.byRule.find((r) => r.ruleId === ruleId)!.ruleName;
    expect(after.findings!.items.some((i) => i.label.startsWith(offName))).toBe(false);
  });

  it('shows 暂无数据 (null) for an empty ledger', async () => {
    const empty = await tempLedger();
    try {
      const s = await empty.call('dashboard.summary', {});
      expect(s.employment).toBeNull();
      expect(s.returnees).toBeNull();
      expect(s.findings).toBeNull();
    } finally {
      empty.close();
    }
  });
});
