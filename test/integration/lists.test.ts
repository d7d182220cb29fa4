import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate } from '../../main/db/mutate';
import { openLedger } from '../../main/db/open';
import { seedDemo } from '../../main/demo/seed-demo';
import { tempLedger, type TempLedger } from '../support/temp-ledger';

let ledger: TempLedger;
beforeAll(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 400, seed: 3 });
});
afterAll(() => ledger.close());

describe('grid lists in SQL', () => {
  it('pages households with a total for the infinite row model', async () => {
    const first = await ledger.call('households.list', { offset: 0, limit: 50 });
    const second = await ledger.call('households.list', { offset: 50, limit: 50 });
    expect(first.total).toBe(400);
    expect(first.rows).toHaveLength(50);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(100);
  });

  it('sorts by a column on the server, both directions', async () => {
    const asc = await ledger.call('households.list', { limit: 400, sort: [{ colId: 'householdNo', sort: 'asc' }] });
    const numbers = asc.rows.map((r) => r.householdNo);
    expect(numbers).toEqual([...numbers].sort());
    const desc = await ledger.call('members.list', { limit: 20, sort: [{ colId: 'age', sort: 'desc' }] });
    const ages = desc.rows.map((r) => r.age);
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
  });

  it('filters with AG Grid text and number filter models', async () => {
    const poor = await ledger.call('households.list', { limit: 1000, filters: { householdType: { filterType: 'text', type: 'equals', filter: '一般农户' } } });
    expect(poor.total).toBeGreaterThan(0);
    expect(poor.rows.every((r) => r.householdType === '一般农户')).toBe(true);
    const elders = await ledger.call('members.list', { limit: 1000, filters: { age: { filterType: 'number', type: 'greaterThanOrEqual', filter: 60 } } });
    expect(elders.rows.every((r) => r.age >= 60)).toBe(true);
    const either = await ledger.call('members.list', {
      limit: 1000,
      filters: { relation: { filterType: 'text', operator: 'OR', conditions: [{ filterType: 'text', type: 'equals', filter: '户主' }, { filterType: 'text', type: 'equals', filter: '配偶' }] } },
    });
    expect(new Set(either.rows.map((r) => r.relation))).toEqual(new Set(['户主', '配偶']));
  });

  it('finds people by name, ID or household number with the quick search', async () => {
    const sample = (await ledger.call('members.list', { limit: 1, offset: 123 })).rows[0]!;
    const byId = await ledger.call('members.list', { search: sample.idNo.slice(-8).toLowerCase() });
    expect(byId.rows.map((r) => r.id)).toContain(sample.id);
    const byName = await ledger.call('members.list', { search: sample.name, limit: 1000 });
    expect(byName.rows.every((r) => r.name.includes(sample.name) || r.idNo.includes(sample.name) || r.householdNo.includes(sample.name))).toBe(true);
    const byHousehold = await ledger.call('households.list', { search: sample.householdNo });
    expect(byHousehold.rows[0]?.householdNo).toBe(sample.householdNo);
  });

  it('treats LIKE wildcards in the search box as plain text', async () => {
    expect((await ledger.call('members.list', { search: '%' })).total).toBe(0);
    expect((await ledger.call('members.list', { search: '_' })).total).toBe(0);
  });

  it('refuses to sort or filter by a column that does not exist, without running SQL from the client', async () => {
    const error = await ledger.fail('members.list', { sort: [{ colId: 'name; DROP TABLE members', sort: 'asc' }] });
    expect(error).toMatchObject({ code: 'input.unknown-column' });
    expect((await ledger.call('ledger.info', {})).counts.members).toBeGreaterThan(0);
  });

  it('hides removed households unless asked', async () => {
    const target = (await ledger.call('households.list', { limit: 1 })).rows[0]!;
    await ledger.call('households.remove', { id: target.id });
    expect((await ledger.call('households.list', {})).total).toBe(399);
    const all = await ledger.call('households.list', { includeRemoved: true, search: target.householdNo });
    expect(all.rows[0]).toMatchObject({ id: target.id, status: '已注销' });
  });
});

describe('list totals stay right while they are reused', () => {
  const inHousehold = async () => (await ledger.call('members.list', { limit: 1 })).total;

  it('a removal, its undo and its redo each change the total the grid is given', async () => {
    const before = await inHousehold();
    // The same view again, and re-sorted: the total is reused, and equal.
    expect((await ledger.call('members.list', { limit: 5, offset: 100, sort: [{ colId: 'name', sort: 'asc' }] })).total).toBe(before);
    const someone = (await ledger.call('members.list', { limit: 1, offset: 7 })).rows[0]!;
    await ledger.call('members.remove', { id: someone.id, status: '死亡' });
    expect(await inHousehold()).toBe(before - 1);
    await ledger.call('edits.undo', {});
    expect(await inHousehold()).toBe(before);
    await ledger.call('edits.redo', {});
    expect(await inHousehold()).toBe(before - 1);
    await ledger.call('edits.undo', {});
  });

  it('a write by another connection to the same file (the CLI) changes the total too', async () => {
    const before = await inHousehold();
    const other = await openLedger(ledger.path);
    try {
      const id = (other.db.prepare("SELECT id FROM members WHERE status = '在户' ORDER BY id LIMIT 1").get() as { id: number }).id;
      mutate(other.db, { actor: 'cli', source: 'edit', label: 'test' }, (m) => m.update('members', id, { status: '迁出' }));
    } finally {
      other.db.close();
    }
    expect(await inHousehold()).toBe(before - 1);
  });
});
