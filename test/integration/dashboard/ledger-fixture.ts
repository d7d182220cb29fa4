/**
 * A demo town with monitoring activity for the dashboard and export tests: the seeded demo ledger
 * (households, members, monitoring objects) plus income records, 识别纳入 / 风险消除 / 回退 events and
 * 帮扶措施 entered through the API, as a clerk would.
 */
import { seedDemo } from '../../../main/demo/seed-demo';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';

export interface DashboardLedger {
  ledger: TempLedger;
  /** Households given an income record for 2023-08 (the first one below the monitoring line). */
  incomeHouseholds: number[];
}

export async function dashboardLedger(households = 240): Promise<DashboardLedger> {
  const ledger = await tempLedger();
  seedDemo(ledger.service.db, { households, seed: 3 });
  const db = ledger.service.db;
  const poor = db
    .prepare("SELECT id FROM households WHERE household_type = '脱贫户' AND monitor_category IS NULL AND status = '在册' ORDER BY id LIMIT 12")
    .all() as { id: number }[];
  const incomeHouseholds: number[] = [];
  for (const [i, h] of poor.entries()) {
    await ledger.call('income.save', { householdId: h.id, period: i < 6 ? '2023-08' : '2023-11', values: { wageIncome: i === 0 ? 500_000 : 6_000_000, transferIncome: 120_000 } });
    incomeHouseholds.push(h.id);
  }
  const [a, b, c] = poor.slice(6).map((h) => h.id);
  if (a === undefined || b === undefined || c === undefined) throw new Error('demo ledger too small');
  await ledger.call('monitor.identify', { householdId: a, category: '突发严重困难户', risks: ['因病', '因意外事故'], date: '2023-07-10' });
  await ledger.call('measures.add', { householdId: a, year: 2023, measure: '健康帮扶', detail: '大病救助', startMonth: '2023-08' });
  await ledger.call('monitor.identify', { householdId: b, category: '边缘易致贫户', risks: ['因学'], date: '2023-08-02' });
  await ledger.call('monitor.eliminate', { householdId: b, mode: '自然消除', date: '2023-09-20' });
  await ledger.call('monitor.identify', { householdId: c, category: '脱贫不稳定户', risks: ['缺劳动力'], date: '2023-10-15' });
  await ledger.call('measures.add', { householdId: c, year: 2023, measure: '公益岗位帮扶', startMonth: '2023-11' });
  return { ledger, incomeHouseholds };
}
