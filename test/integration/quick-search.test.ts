import Database from '../../main/db/driver';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUSEHOLD_SOURCE } from '../../main/db/households';
import { INCOME_SOURCE } from '../../main/db/income';
import { listMembers, MEMBER_SOURCE } from '../../main/db/members';
import { listSql, type ListSource } from '../../main/db/list-query';
import { MIGRATIONS, openLedger } from '../../main/db/open';
import { seedDemo } from '../../main/demo/seed-demo';
import type { ListQuery } from '../../shared/api/contract';
import { completeIdNumber } from '../../shared/domain/id-number';
import { tempDir, tempLedger, type TempLedger } from '../support/temp-ledger';

let ledger: TempLedger;
beforeAll(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 300, seed: 5 });
});
afterAll(() => ledger.close());

async function addPerson(name: string, idBody: string) {
  const household = (await ledger.call('households.list', { limit: 1, offset: 7 })).rows[0]!;
  return ledger.call('members.create', { householdId: household.id, values: { name, idNo: completeIdNumber(idBody), relation: '之女' } });
}

describe('quick search the way clerks type', () => {
  it('finds 张三 by full pinyin and by initials, in any letter case', async () => {
    const zhang = await addPerson('张三', '44022920100305002');
    for (const typed of ['zhangsan', 'ZhangSan', 'zhang san', 'zs', 'ZS', 'zhangs']) {
      const found = await ledger.call('members.list', { search: typed, limit: 1000 });
      expect(found.rows.map((r) => r.id), typed).toContain(zhang.id);
    }
    const initials = await ledger.call('members.list', { search: 'zs', limit: 1000 });
    expect(initials.total).toBe(initials.rows.length);
    expect(initials.rows.every((r) => r.name.startsWith('张') || r.name.startsWith('曾') || r.name.startsWith('钟') || r.name.startsWith('朱') || r.name.startsWith('周'))).toBe(true);
  });

  it('finds a person by the last 4 to 6 digits of the 证件号码, and by its start', async () => {
    const sample = (await ledger.call('members.list', { limit: 1, offset: 211 })).rows[0]!;
    for (const n of [4, 5, 6]) {
      const tail = sample.idNo.slice(-n);
      const found = await ledger.call('members.list', { search: tail, limit: 1000 });
      expect(found.rows.map((r) => r.id)).toContain(sample.id);
      expect(found.rows.every((r) => r.idNo.endsWith(tail) || r.idNo.startsWith(tail) || r.householdNo.endsWith(tail) || r.householdNo.startsWith(tail))).toBe(true);
    }
    const byStart = await ledger.call('members.list', { search: sample.idNo.slice(0, 14) });
    expect(byStart.rows.map((r) => r.id)).toContain(sample.id);
  });

  it('finds a household by the tail of its 户编号 and by any 在户 member’s name or pinyin', async () => {
    const target = (await ledger.call('households.list', { limit: 1, offset: 42 })).rows[0]!;
    const byTail = await ledger.call('households.list', { search: target.householdNo.slice(-5) });
    expect(byTail.rows.map((r) => r.id)).toEqual([target.id]);
    const head = (await ledger.call('households.get', { id: target.id })).members.find((m) => m.relation === '户主')!;
    const byName = await ledger.call('households.list', { search: head.name, limit: 1000 });
    expect(byName.rows.map((r) => r.id)).toContain(target.id);
    const member = (await ledger.call('members.list', { search: head.idNo })).rows[0]!;
    expect(member.id).toBe(head.id);
  });

  it('matches a Chinese name from its start only, so typed wildcards stay text', async () => {
    const found = await ledger.call('members.list', { search: '张', limit: 1000 });
    expect(found.total).toBeGreaterThan(0);
    expect(found.rows.every((r) => r.name.startsWith('张'))).toBe(true);
    expect((await ledger.call('members.list', { search: '张%' })).total).toBe(0);
  });

  it('recomputes the pinyin when a name is corrected, and undo brings the old one back', async () => {
    const person = await addPerson('单德福', '44022919900708003');
    expect((await ledger.call('members.list', { search: 'shandefu' })).rows.map((r) => r.id)).toEqual([person.id]);
    await ledger.call('members.update', { id: person.id, patch: { name: '解德福' } });
    expect((await ledger.call('members.list', { search: 'shandefu' })).total).toBe(0);
    expect((await ledger.call('members.list', { search: 'xiedefu' })).rows.map((r) => r.id)).toEqual([person.id]);
    await ledger.call('edits.undo', {});
    expect((await ledger.call('members.list', { search: 'shandefu' })).rows.map((r) => r.id)).toEqual([person.id]);
    expect((await ledger.call('members.list', { search: 'xiedefu' })).total).toBe(0);
  });

  it('keeps the search columns after undoing an added member and redoing it', async () => {
    const person = await addPerson('温晓雅', '44022920050912004');
    await ledger.call('edits.undo', {});
    expect((await ledger.call('members.list', { search: 'wenxiaoya' })).total).toBe(0);
    await ledger.call('edits.redo', {});
    expect((await ledger.call('members.list', { search: 'wxy', limit: 1000 })).rows.map((r) => r.id)).toContain(person.id);
    expect((await ledger.call('members.list', { search: person.idNo.slice(-6) })).rows.map((r) => r.id)).toContain(person.id);
  });
});

describe('query plans of the grids at scale', () => {
  function plan(source: ListSource, query: ListQuery): { rows: string[]; count: string[] } {
    const sql = listSql(source, query);
    const details = (text: string, extra: unknown[]) =>
      (ledger.service.db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...sql.params, ...extra) as { detail: string }[]).map((r) => r.detail);
    return { rows: details(sql.rows, [100, 0]), count: details(sql.count, []) };
  }
  const fullScan = (line: string) => /^SCAN (m|h|i|members|households)( |$)/.test(line) && !line.includes('INDEX');

  const SOURCES = { members: MEMBER_SOURCE, households: HOUSEHOLD_SOURCE, income: INCOME_SOURCE };
  it.each([
    ['members', '7788'],
    ['members', 'zs'],
    ['members', '张三'],
    ['members', '440229101'],
    ['households', '00123'],
    ['households', 'lisi'],
    ['income', 'lisi'],
  ] as const)('answers a %s quick search “%s” from indexes, without scanning a table', (list, search) => {
    const { rows, count } = plan(SOURCES[list], { search });
    expect([...rows, ...count].filter((line) => line.startsWith('SCAN'))).toEqual([]);
  });

  it.each(['name', 'age', 'birthDate', 'idNo'])('reads the first page sorted by %s in index order, without sorting the table', (colId) => {
    for (const sort of ['asc', 'desc'] as const) {
      const { rows } = plan(MEMBER_SOURCE, { sort: [{ colId, sort }] });
      expect(rows.filter((line) => line.includes('TEMP B-TREE') || fullScan(line))).toEqual([]);
    }
  });

  it('counts an unfiltered grid from a narrow index, not the joined rows', () => {
    const { rows, count } = plan(MEMBER_SOURCE, {});
    expect(count).toEqual([expect.stringMatching(/^SCAN m USING COVERING INDEX/)]);
    expect(rows.some((line) => line.includes('TEMP B-TREE'))).toBe(false);
    expect(plan(HOUSEHOLD_SOURCE, {}).count).toHaveLength(1);
  });

  it('counts a grid filtered on member columns without joining households, and still joins for a village filter', async () => {
    const relation = { relation: { filterType: 'text' as const, type: 'equals' as const, filter: '之孙女' } };
    expect(plan(MEMBER_SOURCE, { filters: relation }).count).toEqual([expect.stringMatching(/^SCAN m USING COVERING INDEX members_household/)]);
    const village = { village: { filterType: 'text' as const, type: 'equals' as const, filter: '龙仙村' } };
    expect(plan(MEMBER_SOURCE, { filters: village }).count.length).toBeGreaterThan(1);
    const api = await ledger.call('members.list', { filters: relation, limit: 1000 });
    expect(api.total).toBe(api.rows.length);
    expect(api.rows.every((r) => r.relation === '之孙女')).toBe(true);
    const inVillage = await ledger.call('members.list', { filters: village, limit: 1000 });
    expect(inVillage.total).toBe(inVillage.rows.filter((r) => r.village === '龙仙村').length);
  });
});

describe('migration 0008 backfill', () => {
  it('fills the search columns of members written before the migration', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'old.db');
      const raw = new Database(path);
      const before = MIGRATIONS.indexOf('0008-search-columns.sql');
      for (const name of MIGRATIONS.slice(0, before)) raw.exec(readFileSync(new URL(`../../main/db/migrations/${name}`, import.meta.url), 'utf8'));
      raw.pragma(`user_version = ${before}`);
      raw.exec(
        "INSERT INTO write_guard VALUES (1); INSERT INTO admin_units (id, level, name) VALUES (1, 'village', '龙仙村');" +
          " INSERT INTO households (id, household_no, village_id, household_type, created_at, updated_at) VALUES (1, '440229101000000001', 1, '脱贫户', 'x', 'x');",
      );
      raw
        .prepare("INSERT INTO members (household_id, id_no, name, relation, created_at, updated_at) VALUES (1, ?, '曾秀英', '户主', 'x', 'x')")
        .run(completeIdNumber('44022919700101001'));
      raw.exec('DELETE FROM write_guard');
      raw.close();
      const { db } = await openLedger(path, { backupDir: join(dir, 'backups') });
      try {
        expect(listMembers(db, { search: 'zengxiuying' }).rows.map((r) => r.name)).toEqual(['曾秀英']);
        expect(listMembers(db, { search: 'zxy' }).total).toBe(1);
        expect(listMembers(db, { search: completeIdNumber('44022919700101001').slice(-5) }).total).toBe(1);
        expect(listMembers(db, { search: '0001' }).total).toBe(1);
        expect(() => db.prepare("UPDATE members SET name_pinyin = 'x'").run()).toThrow(/write-outside-mutation/);
      } finally {
        db.close();
      }
    } finally {
      cleanup();
    }
  });
});
