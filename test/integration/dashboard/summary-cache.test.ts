import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WARNING_COUNT_LIMITS } from '../../../main/dashboard/dashboard-warnings';
import { seedDemo } from '../../../main/demo/seed-demo';
import { warningsFor } from '../../../main/monitoring/warnings';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';

let ledger: TempLedger;

beforeEach(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 30, seed: 2 });
});
const DEFAULT_COUNT_LIMITS = { ...WARNING_COUNT_LIMITS };
afterEach(() => {
  Object.assign(WARNING_COUNT_LIMITS, DEFAULT_COUNT_LIMITS);
  ledger.close();
});
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

const memberId = (sql: string) => (ledger.service.db.prepare(sql).get() as { id: number }).id;

describe('the 首页 figures kept between requests (issue #9)', () => {
  it('follow every record change: an edit, its undo, and a write by another process', async () => {
    const before = await ledger.call('dashboard.summary', {});
    const info = await ledger.call('ledger.info', {});
    expect(info.counts.members).toBe(before.totals.members);
    const id = memberId("SELECT id FROM members WHERE status = '在户' AND relation != '户主' ORDER BY id LIMIT 1");
    await ledger.call('members.remove', { id, status: '迁出' });
    const after = await ledger.call('dashboard.summary', {});
    expect(after.totals.members).toBe(before.totals.members - 1);
    expect((await ledger.call('ledger.info', {})).counts.members).toBe(before.totals.members - 1);
    await ledger.call('edits.undo', {});
    expect((await ledger.call('dashboard.summary', {})).totals.members).toBe(before.totals.members);
    expect((await ledger.call('ledger.info', {})).counts.members).toBe(before.totals.members);

    // Another process (the CLI) writes the same file: the figures follow it too.
    const { openService } = await import('../../../main/service');
    const other = await openService(ledger.path, { dailyBackup: false, actor: 'cli' });
    const r = await other.dispatch('members.remove', { id, status: '死亡' });
    other.close();
    expect(r.ok).toBe(true);
    expect((await ledger.call('dashboard.summary', {})).totals.members).toBe(before.totals.members - 1);
    expect((await ledger.call('ledger.info', {})).counts.members).toBe(before.totals.members - 1);
  });

  it('keep the findings section current when only the findings change (a finding marked 已核实)', async () => {
    const id = memberId("SELECT id FROM members WHERE status = '在户' AND relation != '户主' ORDER BY id LIMIT 1");
    await ledger.call('members.update', { id, patch: { medicalStaff: '是' } });
    const before = await ledger.call('dashboard.summary', {});
    expect(before.findings?.total).toBeGreaterThan(0);
    const [finding] = (await ledger.call('checks.list', {})).findings;
    await ledger.call('checks.verify', { key: finding!.key, note: '已电话核实' });
    const after = await ledger.call('dashboard.summary', {});
    expect(after.findings?.total).toBe(before.findings!.total - 1);
  });

  it('counts a large ledger’s warnings in the background, to the same figures as the 预警 view', async () => {
    const households = ledger.service.db.prepare('SELECT id FROM households ORDER BY id LIMIT 4').pluck().all() as number[];
    for (const householdId of households) await ledger.call('income.save', { householdId, period: '2023-08', values: { wageIncome: 400_000 } });
    Object.assign(WARNING_COUNT_LIMITS, { syncHouseholds: 0, step: 4 });
    const first = await ledger.call('dashboard.warnings', { period: '2023-08' });
    expect(first.unavailable).toBeNull();
    expect(first.counting).not.toBeNull();
    let answer = first;
    let polls = 0;
    while (answer.counting !== null) {
      await tick();
      answer = await ledger.call('dashboard.warnings', { period: '2023-08' });
      polls++;
    }
    expect(polls).toBeGreaterThan(1);
    const report = warningsFor(ledger.service.db, { period: answer.period });
    expect(report.warnings.length).toBeGreaterThan(0);
    expect(answer.count).toBe(report.warnings.length);
    expect(answer.byRule).toEqual(report.byRule.map((r) => ({ ruleId: r.ruleId, ruleName: r.ruleName, count: r.count })));
  });
});
