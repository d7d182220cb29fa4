import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedScale, type ExtraGenerator } from '../../main/demo/seed-scale';
import { warningsFor } from '../../main/monitoring/warnings';
import { tempLedger, type TempLedger } from '../support/temp-ledger';

let ledger: TempLedger;
beforeEach(async () => {
  ledger = await tempLedger();
});
afterEach(() => ledger.close());

const indexNames = () =>
  (ledger.service.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('seeding a county-size demo ledger', () => {
  it('writes households, members and income records as one change set with history, indexes intact', async () => {
    const before = indexNames();
    const calls: number[] = [];
    const probe: ExtraGenerator = {
      name: 'probe',
      household: ({ householdId, memberIds, household }) => {
        expect(memberIds).toHaveLength(household.members.length);
        calls.push(householdId);
      },
    };
    const result = seedScale(ledger.service.db, { persons: 3_000, seed: 2, extraGenerators: [probe] });
    expect(indexNames()).toEqual(before);
    const info = await ledger.call('ledger.info', {});
    expect(info.counts.households).toBe(result.households);
    expect(info.counts.towns).toBe(8);
    expect(calls).toHaveLength(result.households);
    const incomes = await ledger.call('income.list', { limit: 1 });
    expect(incomes.total).toBe(result.incomeRecords);
    expect((await ledger.call('members.list', { search: 'l', limit: 1 })).total).toBeGreaterThan(0);

    const warnings = await ledger.call('warnings.list', { period: '2023-08' });
    expect(warnings.byRule.find((r) => r.ruleId === 'income.below-monitoring-line')?.count).toBeGreaterThan(0);

    const sets = ledger.service.db.prepare("SELECT source, count(*) AS n FROM change_sets WHERE source = 'seed' GROUP BY source").all();
    expect(sets).toEqual([{ source: 'seed', n: 1 }]);
    const member = (await ledger.call('members.list', { limit: 1, offset: 77 })).rows[0]!;
    expect((await ledger.call('history.list', { table: 'members', id: member.id })).map((h) => h.fieldLabel)).toEqual(['新建']);
    const edited = await ledger.call('members.update', { id: member.id, patch: { phone: '13800138000' } });
    expect(edited.phone).toBe('13800138000');
  });

  it('refuses a ledger that already holds households, in Chinese', () => {
    seedScale(ledger.service.db, { persons: 50 });
    expect(() => seedScale(ledger.service.db, { persons: 50 })).toThrow(/不能再写入演示数据/);
  });
});

describe('warnings over a big ledger, evaluated slice by slice', () => {
  it('gives the same warnings, in the same order, whatever the slice size', () => {
    seedScale(ledger.service.db, { persons: 4_000, seed: 4 });
    const whole = warningsFor(ledger.service.db, { period: '2023-08' }, { sliceHouseholds: 1_000_000 });
    const sliced = warningsFor(ledger.service.db, { period: '2023-08' }, { sliceHouseholds: 97 });
    expect(whole.warnings.length).toBeGreaterThan(50);
    expect(sliced).toEqual(whole);
    const oneVillage = whole.byVillage[0]!.village;
    expect(warningsFor(ledger.service.db, { period: '2023-08', village: oneVillage }, { sliceHouseholds: 97 }).warnings).toEqual(whole.warnings.filter((w) => w.village === oneVillage));
  });
});
