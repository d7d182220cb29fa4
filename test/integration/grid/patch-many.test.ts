import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../main/demo/seed-demo';
import { completeIdNumber } from '../../../shared/domain/id-number';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';

let ledger: TempLedger;
beforeEach(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 20, seed: 6 });
});
afterEach(() => ledger.close());

const members = async (limit: number) => (await ledger.call('members.list', { limit })).rows;
const changeSets = () => (ledger.service.db.prepare('SELECT count(*) AS n FROM change_sets').get() as { n: number }).n;

describe('records.patchMany (a paste as one change set)', () => {
  it('writes every valid cell of many members in one change set that one undo restores', async () => {
    const before = await members(5);
    const sets = changeSets();
    const result = await ledger.call('records.patchMany', {
      kind: 'member',
      patches: before.map((m, i) => ({ id: m.id, patch: { ethnicity: `粘贴${i}族`, phone: `1380013800${i}` } })),
    });
    expect(result.problems).toEqual([]);
    expect(result.changedCells).toBe(10);
    expect(result.rows.map((r) => r.ethnicity)).toEqual(['粘贴0族', '粘贴1族', '粘贴2族', '粘贴3族', '粘贴4族']);
    expect(changeSets()).toBe(sets + 1);
    expect((await ledger.call('edits.state', {})).undo?.label).toBe('粘贴 10 个单元格（家庭成员）');

    await ledger.call('edits.undo', {});
    const after = await members(5);
    expect(after.map((m) => [m.ethnicity, m.phone])).toEqual(before.map((m) => [m.ethnicity, m.phone]));
  });

  it('refuses a record with a bad value or a taken 证件号码 in Chinese and still writes the others', async () => {
    const [a, b, c] = await members(3);
    const result = await ledger.call('records.patchMany', {
      kind: 'member',
      patches: [
        { id: a!.id, patch: { name: '新名字' } },
        { id: b!.id, patch: { idNo: c!.idNo } },
        { id: c!.id, patch: { relation: '邻居' } },
      ],
    });
    expect(result.changedCells).toBe(1);
    expect(result.problems.map((p) => p.id)).toEqual([b!.id, c!.id]);
    expect(result.problems[0]?.message).toContain('同一人不能同时在两户');
    expect(result.problems[1]?.message).toContain('不在可选值中');
    const after = await members(3);
    expect(after.map((m) => [m.name, m.idNo, m.relation])).toEqual([
      ['新名字', a!.idNo, a!.relation],
      [b!.name, b!.idNo, b!.relation],
      [c!.name, c!.idNo, c!.relation],
    ]);
  });

  it('refuses two pasted rows taking the same new 证件号码', async () => {
    const [a, b] = await members(2);
    const fresh = completeIdNumber('44022919770707007');
    const result = await ledger.call('records.patchMany', {
      kind: 'member',
      patches: [
        { id: a!.id, patch: { idNo: fresh } },
        { id: b!.id, patch: { idNo: fresh } },
      ],
    });
    expect(result.changedCells).toBe(1);
    expect(result.problems.map((p) => p.id)).toEqual([b!.id]);
  });

  it('refuses read-only household fields and leaves no empty undo step when nothing changed', async () => {
    const household = (await ledger.call('households.list', { limit: 1 })).rows[0]!;
    const state = await ledger.call('edits.state', {});
    const sets = changeSets();
    const result = await ledger.call('records.patchMany', {
      kind: 'household',
      patches: [{ id: household.id, patch: { memberCount: 9 } }, { id: household.id, patch: { householdType: household.householdType } }],
    });
    expect(result.changedCells).toBe(0);
    expect(result.problems[0]?.message).toContain('家庭人口数');
    expect(changeSets()).toBe(sets);
    expect(await ledger.call('edits.state', {})).toEqual(state);
  });
});

describe('income.patchMany (a paste into 收支 as one change set)', () => {
  it('writes money cells of several records in one undo step and reports a refused record', async () => {
    const households = (await ledger.call('households.list', { limit: 3 })).rows;
    for (const h of households) await ledger.call('income.save', { householdId: h.id, period: '2026-05', values: { wageIncome: 100000 } });
    const records = (await ledger.call('income.list', { limit: 10, filters: { period: { filterType: 'text', type: 'equals', filter: '2026-05' } } })).rows;
    expect(records).toHaveLength(3);
    const result = await ledger.call('income.patchMany', {
      patches: [
        { id: records[0]!.id, patch: { wageIncome: 250000, businessIncome: 10000 } },
        { id: records[1]!.id, patch: { wageIncome: 300000 } },
        { id: 999999, patch: { wageIncome: 1 } },
      ],
    });
    expect(result.changedCells).toBe(3);
    expect(result.problems.map((p) => p.id)).toEqual([999999]);
    expect(result.rows.map((r) => r.wageIncome)).toEqual([250000, 300000]);
    expect((await ledger.call('edits.state', {})).undo?.label).toBe('粘贴 4 个单元格（收支）');

    await ledger.call('edits.undo', {});
    const after = (await ledger.call('income.list', { limit: 10, filters: { period: { filterType: 'text', type: 'equals', filter: '2026-05' } } })).rows;
    expect(after.map((r) => [r.wageIncome, r.businessIncome])).toEqual(records.map((r) => [r.wageIncome, r.businessIncome]));
  });
});
