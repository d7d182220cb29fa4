/**
 * Committing a large import: tables it fills in bulk get their secondary indexes rebuilt once,
 * inside the batch's transaction; the preview's plan is written as it is only while the ledger
 * has not changed since. Real ledger, real workbooks; the bulk threshold is lowered so a small
 * file takes the bulk path.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { secondaryIndexes, withDeferredIndexes } from '../../../main/db/deferred-indexes';
import { commitImport } from '../../../main/imports/commit';
import { planStaged } from '../../../main/imports/plan';
import { stageWorkbook } from '../../../main/imports/stage';
import { readWorkbook } from '../../../main/io/read-workbook';
import { demoHouseholds, returnSheet, returnTable, returnXlsx } from '../../support/member-returns';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';

let ledger: TempLedger;
beforeEach(async () => {
  ledger = await tempLedger();
});
afterEach(() => ledger.close());

const LAYOUT = { title: '龙仙镇2023年7月家庭成员信息表' };

async function staged(table: string[][], fileName = '龙仙镇7月.xlsx') {
  const bytes = await returnXlsx(returnSheet(table, LAYOUT), LAYOUT);
  return stageWorkbook(ledger.service.db, randomUUID(), await readWorkbook({ bytes, fileName }));
}

/** Every index of the ledger with its SQL, and whether SQLite finds the file sound. */
function schemaState() {
  const db = ledger.service.db;
  return {
    indexes: db.prepare("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name").all(),
    integrity: db.prepare('PRAGMA integrity_check').pluck().get(),
  };
}

function count(table: string): number {
  return ledger.service.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

describe('committing an import that fills the ledger in bulk', () => {
  it('imports every member with history, keeps every index as it was, and undoes exactly', async () => {
    const { town, households } = demoHouseholds(40);
    const table = returnTable(town, households);
    const before = schemaState();
    const stagedImport = await staged(table);
    const plan = planStaged(ledger.service.db, stagedImport);
    expect(plan.newRows).toMatchObject({ households: 40, members: table.length - 1 });
    const result = commitImport(ledger.service.db, stagedImport, { actor: '测试员', bulkMinRows: 10 }, plan);
    expect(result.counts).toMatchObject({ read: table.length - 1, inserted: table.length - 1, rejected: 0 });
    expect(schemaState()).toEqual(before);
    expect(count('members')).toBe(table.length - 1);
    expect(count('households')).toBe(40);
    // One history row per inserted record (units, households, members) under the batch's change set.
    const history = ledger.service.db
      .prepare('SELECT count(*) FROM history hi JOIN change_sets cs ON cs.id = hi.change_set_id WHERE cs.batch_id = ?')
      .pluck()
      .get(result.batchId) as number;
    expect(history).toBe(count('admin_units') + 40 + table.length - 1);
    // The rebuilt indexes serve lookups: the grid's quick search and a household's members.
    const someone = table[1]!;
    const idNo = someone[table[0]!.indexOf('证件号码')]!;
    const { member } = await ledger.call('members.byIdNo', { idNo });
    const list = await ledger.call('members.list', { householdId: member.householdId, offset: 0, limit: 50 });
    expect(list.rows.map((r) => r.idNo)).toContain(idNo);
    await ledger.call('imports.undo', { batchId: result.batchId });
    expect(count('members')).toBe(0);
    expect(count('households')).toBe(0);
    expect(schemaState()).toEqual(before);
  });

  it('leaves the ledger and every index untouched when the bulk commit fails part-way', async () => {
    const { town, households } = demoHouseholds(30);
    // Without 县 and 镇 columns an empty ledger has no town to put the villages in: the first
    // household's write fails after the indexes were dropped.
    const full = returnTable(town, households);
    const table = full.map((row) => row.slice(2));
    const before = schemaState();
    const changeSets = count('change_sets');
    const stagedImport = await staged(table);
    const plan = planStaged(ledger.service.db, stagedImport);
    expect(() => commitImport(ledger.service.db, stagedImport, { actor: '测试员', bulkMinRows: 10 }, plan)).toThrow(/县、镇/);
    expect(schemaState()).toEqual(before);
    expect(count('members')).toBe(0);
    expect(count('import_batches')).toBe(0);
    expect(count('change_sets')).toBe(changeSets);
    expect(count('admin_units')).toBe(0);
    // The same file with its 县/镇 columns then imports in full.
    const retry = await staged(full);
    const result = commitImport(ledger.service.db, retry, { actor: '测试员', bulkMinRows: 10 }, planStaged(ledger.service.db, retry));
    expect(result.counts.inserted).toBe(full.length - 1);
    expect(schemaState()).toEqual(before);
  });

  it('updates indexes row by row when the batch is small next to what the ledger holds', async () => {
    const { town, households } = demoHouseholds(30);
    const first = returnTable(town, households.slice(0, 25));
    const firstStaged = await staged(first);
    commitImport(ledger.service.db, firstStaged, { actor: '测试员', bulkMinRows: 10_000 }, planStaged(ledger.service.db, firstStaged));
    const before = schemaState();
    const all = await staged(returnTable(town, households), '龙仙镇8月.xlsx');
    const result = commitImport(ledger.service.db, all, { actor: '测试员', bulkMinRows: 1 }, planStaged(ledger.service.db, all));
    expect(result.counts.inserted).toBe(returnTable(town, households.slice(25)).length - 1);
    expect(schemaState()).toEqual(before);
  });
});

describe('committing the plan the preview made', () => {
  it('plans again when the ledger changed after the preview, so nothing is inserted twice', async () => {
    const { town, households } = demoHouseholds(6);
    const table = returnTable(town, households);
    const a = await staged(table);
    const planA = planStaged(ledger.service.db, a);
    expect(planA.changes.filter((c) => c.kind === 'new-member')).toHaveLength(table.length - 1);
    // Another import of the same people lands between the preview and the commit.
    const b = await staged(table, '龙仙镇7月（重报）.xlsx');
    commitImport(ledger.service.db, b, { actor: '测试员' }, planStaged(ledger.service.db, b));
    const result = commitImport(ledger.service.db, a, { actor: '测试员' }, planA);
    expect(result.counts).toMatchObject({ inserted: 0, unchanged: table.length - 1 });
    expect(count('members')).toBe(table.length - 1);
  });

  it('plans again when handed the plan of another staged file', async () => {
    const { town, households } = demoHouseholds(6);
    const a = await staged(returnTable(town, households.slice(0, 3)));
    const b = await staged(returnTable(town, households.slice(3)), '龙仙镇7月二.xlsx');
    const result = commitImport(ledger.service.db, b, { actor: '测试员' }, planStaged(ledger.service.db, a));
    expect(result.counts.inserted).toBe(returnTable(town, households.slice(3)).length - 1);
    const names = ledger.service.db.prepare('SELECT household_no FROM households ORDER BY household_no').pluck().all();
    expect(names).toEqual(households.slice(3).map((h) => h.householdNo).sort());
  });

  it('writes the preview plan unchanged when nothing happened in between, through the API too', async () => {
    const { town, households } = demoHouseholds(8);
    const table = returnTable(town, households);
    const bytes = await returnXlsx(returnSheet(table, LAYOUT), LAYOUT);
    const preview = await ledger.call('imports.stage', { fileName: '龙仙镇7月.xlsx', contentBase64: Buffer.from(bytes).toString('base64') });
    const result = await ledger.call('imports.commit', { sessionId: preview.sessionId });
    expect(result.counts).toEqual(preview.counts);
    expect(count('members')).toBe(table.length - 1);
    const receipt = await ledger.call('imports.receipt', { sessionId: preview.sessionId });
    expect(receipt.rows).toBe(0);
  });
});

describe('deferring indexes', () => {
  it('drops only plain secondary indexes, never a UNIQUE one, and only inside a transaction', () => {
    const db = ledger.service.db;
    expect(() => withDeferredIndexes(db, ['members'], () => 0)).toThrow(/inside a transaction/);
    const names = secondaryIndexes(db, ['members', 'admin_units']).map((i) => i.name);
    expect(names).toContain('members_household');
    expect(names).not.toContain('admin_units_name');
    expect(names.some((n) => n.startsWith('sqlite_autoindex'))).toBe(false);
    const during = db.transaction(() => withDeferredIndexes(db, ['members'], () => db.prepare("SELECT name FROM pragma_index_list('members')").pluck().all()))();
    expect(during).not.toContain('members_household');
    expect(during.some((n) => String(n).startsWith('sqlite_autoindex'))).toBe(true);
    expect(db.prepare("SELECT name FROM pragma_index_list('members')").pluck().all()).toContain('members_household');
  });
});
