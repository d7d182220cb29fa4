import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeIdNumber } from '../../shared/domain/id-number';
import { mutate } from '../../main/db/mutate';
import { ensureUnitPath } from '../../main/db/units';
import { tempLedger, type TempLedger } from '../support/temp-ledger';

let ledger: TempLedger;
let householdId: number;
const HEAD_ID = completeIdNumber('44022919700315121');
const CHILD_ID = completeIdNumber('44022920050601122');

beforeEach(async () => {
  ledger = await tempLedger();
  const { villageId } = mutate(ledger.service.db, { actor: 'test', source: 'seed', label: 'units' }, (m) =>
    ensureUnitPath(ledger.service.db, m, { county: '翁源县', town: '龙仙镇', village: '青云村' }),
  );
  const household = await ledger.call('households.create', {
    villageId,
    group: '第一村民小组',
    householdNo: '4402290001',
    values: { householdType: '脱贫户', exitYear: 2018 },
  });
  householdId = household.id;
  await ledger.call('members.create', { householdId, values: { name: '李建国', idNo: HEAD_ID, relation: '户主', labourSkill: '普通劳动力' } });
});
afterEach(() => ledger.close());

function historyRows() {
  return ledger.service.db
    .prepare('SELECT h.table_name AS tableName, h.op, h.field, h.old_value AS oldValue, h.new_value AS newValue, cs.actor, cs.source FROM history h JOIN change_sets cs ON cs.id = h.change_set_id ORDER BY h.id')
    .all() as Record<string, unknown>[];
}

describe('change history', () => {
  it('records who changed which field from what to what, in the same transaction as the edit', async () => {
    const { member } = await ledger.call('members.byIdNo', { idNo: HEAD_ID });
    await ledger.call('members.update', { id: member.id, patch: { labourSkill: '技能劳动力', ethnicity: '汉族' } });
    const updates = historyRows().filter((r) => r.op === 'update');
    expect(updates).toHaveLength(2);
    expect(updates).toEqual(expect.arrayContaining([
      { tableName: 'members', op: 'update', field: 'ethnicity', oldValue: null, newValue: '"汉族"', actor: '测试员', source: 'edit' },
      { tableName: 'members', op: 'update', field: 'labourSkill', oldValue: '"普通劳动力"', newValue: '"技能劳动力"', actor: '测试员', source: 'edit' },
    ]));
  });

  it('writes no history when a value is set to what it already is', async () => {
    const { member } = await ledger.call('members.byIdNo', { idNo: HEAD_ID });
    const before = historyRows().length;
    await ledger.call('members.update', { id: member.id, patch: { labourSkill: '普通劳动力' } });
    expect(historyRows().length).toBe(before);
  });

  it('shows the history of a record through the API, newest first, with Chinese field names', async () => {
    await ledger.call('households.update', { id: householdId, patch: { risks: '因残，因病' } });
    const entries = await ledger.call('history.list', { table: 'households', id: householdId });
    expect(entries[0]).toMatchObject({ op: 'update', field: 'risks', fieldLabel: '风险类型', oldValue: null, newValue: ['因病', '因残'] });
    expect(entries.at(-1)).toMatchObject({ op: 'insert', fieldLabel: '新建' });
  });

  it('refuses a bad value with a Chinese message and writes neither the value nor history', async () => {
    const { member } = await ledger.call('members.byIdNo', { idNo: HEAD_ID });
    const before = historyRows().length;
    const error = await ledger.fail('members.update', { id: member.id, patch: { idNo: HEAD_ID.slice(0, 17) + (HEAD_ID[17] === '1' ? '2' : '1') } });
    expect(error.code).toBe('input.invalid-field');
    expect(error.message).toContain('校验位');
    expect(historyRows().length).toBe(before);
    expect((await ledger.call('members.byIdNo', { idNo: HEAD_ID })).member.idNo).toBe(HEAD_ID);
  });

  it('refuses read-only and unknown fields in a patch, naming them in Chinese', async () => {
    const derived = await ledger.fail('households.update', { id: householdId, patch: { memberCount: 5 } });
    expect(derived).toMatchObject({ code: 'input.invalid-field', message: expect.stringContaining('家庭人口数') });
    const unknown = await ledger.fail('households.update', { id: householdId, patch: { favouriteColour: '红' } });
    expect(unknown).toMatchObject({ code: 'input.invalid-field', message: expect.stringContaining('favouriteColour') });
  });

  it('keeps one person in one household only', async () => {
    const other = await ledger.call('households.create', { villageId: (await ledger.call('units.villages', {}))[0]!.id, householdNo: '4402290002', values: { householdType: '一般农户' } });
    const error = await ledger.fail('members.create', { householdId: other.id, values: { name: '李建国', idNo: HEAD_ID.toLowerCase(), relation: '户主' } });
    expect(error.code).toBe('member.duplicate-person');
    expect(error.message).toContain('4402290001');
  });

  it('marks a removed member and keeps the record and its history', async () => {
    const child = await ledger.call('members.create', { householdId, values: { name: '李小明', idNo: CHILD_ID, relation: '之子' } });
    const removed = await ledger.call('members.remove', { id: child.id, status: '迁出' });
    expect(removed.status).toBe('迁出');
    const { household, members } = await ledger.call('households.get', { id: householdId });
    expect(household.memberCount).toBe(1);
    expect(members.map((m) => m.name)).toContain('李小明');
    const entries = await ledger.call('history.list', { table: 'members', id: child.id });
    expect(entries[0]).toMatchObject({ field: 'status', oldValue: '在户', newValue: '迁出' });
  });

  it('derives 户主, 家庭人口数, 性别, 出生日期 from the members and the ID', async () => {
    const { household, members } = await ledger.call('households.get', { id: householdId });
    expect(household).toMatchObject({ headName: '李建国', headIdNo: HEAD_ID, memberCount: 1, village: '青云村', town: '龙仙镇', county: '翁源县', group: '第一村民小组' });
    expect(members[0]).toMatchObject({ sex: '男', birthDate: '1970-03-15' });
  });

  it('refuses any write that bypasses the mutation path', () => {
    expect(() => ledger.service.db.prepare("UPDATE members SET name = '改名'").run()).toThrow(/write-outside-mutation/);
    expect(() => ledger.service.db.prepare('DELETE FROM households').run()).toThrow(/write-outside-mutation/);
  });

  it('rolls back the whole change set when one write in it fails', () => {
    const db = ledger.service.db;
    const count = () => (db.prepare('SELECT count(*) AS n FROM change_sets').get() as { n: number }).n;
    const before = count();
    expect(() =>
      mutate(db, { actor: 't', source: 'edit', label: 'x' }, (m) => {
        m.update('households', householdId, { phone: '13800000000' });
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(count()).toBe(before);
    expect((db.prepare('SELECT phone FROM households WHERE id = ?').get(householdId) as { phone: string | null }).phone).toBeNull();
  });
});
