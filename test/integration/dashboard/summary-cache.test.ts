import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../main/demo/seed-demo';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';

let ledger: TempLedger;

beforeEach(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 30, seed: 2 });
});
afterEach(() => ledger.close());

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
});
