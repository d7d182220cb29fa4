import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardSummary } from '../../../shared/api/dashboard-contract';
import { byHouseholdType, byMonitorCategory, byMonitorStatus, byRisk, byVillage, type FilterOpen } from '../../../renderer/features/dashboard/dashboard-filters';
import type { TempLedger } from '../../support/temp-ledger';
import { dashboardLedger } from './ledger-fixture';

let ledger: TempLedger;
let summary: DashboardSummary;

beforeAll(async () => {
  ({ ledger } = await dashboardLedger(200));
  summary = await ledger.call('dashboard.summary', {});
}, 120_000);
afterAll(() => ledger.close());

/** The total the grid would show when opened with this filter (its first page asks the same). */
async function gridTotal(open: FilterOpen): Promise<number> {
  const query = { offset: 0, limit: 1, filters: open.filters };
  return open.view === 'households' ? (await ledger.call('households.list', query)).total : (await ledger.call('members.list', query)).total;
}

describe('a dashboard chart click opens a grid showing exactly the rows the chart counted', () => {
  it('户类型 and 监测对象类别', async () => {
    for (const t of summary.byHouseholdType) expect(await gridTotal(byHouseholdType(t.key))).toBe(t.households);
    for (const c of summary.byMonitorCategory) expect(await gridTotal(byMonitorCategory(c.key))).toBe(c.households);
  });

  it('each village, as households and as people', async () => {
    for (const v of summary.byVillage) {
      expect(await gridTotal(byVillage(v.village, 'households'))).toBe(v.households);
      expect(await gridTotal(byVillage(v.village, 'members'))).toBe(v.members);
    }
  });

  it('each risk type and each monitoring state', async () => {
    expect(summary.monitorByRisk.length).toBeGreaterThan(2);
    for (const r of summary.monitorByRisk) expect(await gridTotal(byRisk(r.risk))).toBe(r.households);
    expect(summary.monitorByStatus.map((s) => s.status)).toEqual(expect.arrayContaining(['风险未消除', '自然消除']));
    for (const s of summary.monitorByStatus) expect(await gridTotal(byMonitorStatus(s.status))).toBe(s.households);
  });
});
