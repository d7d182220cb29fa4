import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../main/demo/seed-demo';
import { openService } from '../../main/service';
import { completeIdNumber } from '../../shared/domain/id-number';
import { base64, demoHouseholds, returnTable, returnXlsx } from '../support/member-returns';
import { tempLedger, type TempLedger } from '../support/temp-ledger';

let ledger: TempLedger;
beforeEach(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 20, seed: 6 });
});
afterEach(() => ledger.close());

const firstMember = async () => (await ledger.call('members.list', { limit: 1 })).rows[0]!;

describe('undo and redo', () => {
  it('says in Chinese that there is nothing to undo on a fresh ledger', async () => {
    expect(await ledger.fail('edits.undo', {})).toMatchObject({ code: 'undo.nothing', message: '没有可以撤销的操作' });
    expect(await ledger.call('edits.state', {})).toEqual({ undo: null, redo: null });
  });

  it('undoes an edit, redoes it, and the stacks survive a restart', async () => {
    const member = await firstMember();
    await ledger.call('members.update', { id: member.id, patch: { ethnicity: '瑶族', labourSkill: '技能劳动力' } });
    const state = await ledger.call('edits.state', {});
    expect(state.undo?.label).toContain(member.name);
    await ledger.call('edits.undo', {});
    expect((await ledger.call('members.byIdNo', { idNo: member.idNo })).member).toMatchObject({ ethnicity: member.ethnicity, labourSkill: member.labourSkill });
    const reopened = await openService(ledger.path);
    const redone = await reopened.dispatch('edits.redo', {});
    expect(redone.ok).toBe(true);
    reopened.close();
    expect((await ledger.call('members.byIdNo', { idNo: member.idNo })).member).toMatchObject({ ethnicity: '瑶族', labourSkill: '技能劳动力' });
  });

  it('undoes steps newest first, one intention at a time, and a new edit clears the redo stack', async () => {
    const member = await firstMember();
    await ledger.call('members.update', { id: member.id, patch: { ethnicity: 'A族' } });
    await ledger.call('members.update', { id: member.id, patch: { ethnicity: 'B族' } });
    await ledger.call('edits.undo', {});
    expect((await ledger.call('members.byIdNo', { idNo: member.idNo })).member.ethnicity).toBe('A族');
    await ledger.call('edits.undo', {});
    expect((await ledger.call('members.byIdNo', { idNo: member.idNo })).member.ethnicity).toBe(member.ethnicity);
    await ledger.call('members.update', { id: member.id, patch: { phone: '13800138000' } });
    expect((await ledger.call('edits.state', {})).redo).toBeNull();
    expect(await ledger.fail('edits.redo', {})).toMatchObject({ code: 'redo.nothing' });
  });

  it('undoes adding a member (the record goes) and redo brings it back with the same id and history', async () => {
    const household = (await ledger.call('households.list', { limit: 1 })).rows[0]!;
    const idNo = completeIdNumber('44022920200101002');
    const created = await ledger.call('members.create', { householdId: household.id, values: { name: '新生儿', idNo, relation: '之孙女' } });
    await ledger.call('edits.undo', {});
    expect(await ledger.fail('members.byIdNo', { idNo })).toMatchObject({ code: 'member.not-found' });
    await ledger.call('edits.redo', {});
    const back = (await ledger.call('members.byIdNo', { idNo })).member;
    expect(back).toMatchObject({ id: created.id, name: '新生儿', sex: '女' });
    const history = await ledger.call('history.list', { table: 'members', id: created.id });
    expect(history.map((h) => h.op)).toEqual(['insert', 'delete', 'insert']);
  });

  it('undoes a removal (死亡) as one step', async () => {
    const member = await firstMember();
    await ledger.call('members.remove', { id: member.id, status: '死亡' });
    await ledger.call('edits.undo', {});
    expect((await ledger.call('members.byIdNo', { idNo: member.idNo })).member.status).toBe('在户');
  });

  it('undoes a whole import batch as one step and redoes it', async () => {
    const { town, households } = demoHouseholds(4, 31);
    const table = returnTable(town, households).map((r, i) => (i === 0 ? r : r.map((c, j) => (j === 4 ? `U${c}` : c))));
    const preview = await ledger.call('imports.stage', { fileName: '批次.xlsx', contentBase64: base64(await returnXlsx(table)) });
    const { batchId } = await ledger.call('imports.commit', { sessionId: preview.sessionId });
    const before = (await ledger.call('ledger.info', {})).counts.members;
    await ledger.call('edits.undo', {});
    expect((await ledger.call('ledger.info', {})).counts.members).toBe(before - (table.length - 1));
    expect((await ledger.call('imports.list', {}))[0]).toMatchObject({ id: batchId, status: 'undone' });
    await ledger.call('edits.redo', {});
    expect((await ledger.call('ledger.info', {})).counts.members).toBe(before);
    expect((await ledger.call('imports.list', {}))[0]).toMatchObject({ id: batchId, status: 'committed' });
    await ledger.call('edits.undo', {});
    expect((await ledger.call('ledger.info', {})).counts.members).toBe(before - (table.length - 1));
    expect((await ledger.call('imports.list', {}))[0]).toMatchObject({ id: batchId, status: 'undone' });
  });

  it('restores a record to an earlier version as one undoable edit (恢复到此版本)', async () => {
    const member = await firstMember();
    await ledger.call('members.update', { id: member.id, patch: { ethnicity: 'A族' } });
    const otherSkill = member.labourSkill === '技能劳动力' ? '普通劳动力' : '技能劳动力';
    await ledger.call('members.update', { id: member.id, patch: { ethnicity: 'B族', labourSkill: otherSkill } });
    await ledger.call('members.update', { id: member.id, patch: { phone: '13900001111' } });
    const history = await ledger.call('history.list', { table: 'members', id: member.id });
    const firstEdit = history.find((h) => h.field === 'ethnicity' && h.newValue === 'A族')!;
    expect(await ledger.call('history.restoreVersion', { table: 'members', id: member.id, historyId: firstEdit.id })).toEqual({ restoredFields: 3 });
    const now = (await ledger.call('members.byIdNo', { idNo: member.idNo })).member;
    expect(now).toMatchObject({ ethnicity: 'A族', labourSkill: member.labourSkill, phone: member.phone });
    await ledger.call('edits.undo', {});
    expect((await ledger.call('members.byIdNo', { idNo: member.idNo })).member).toMatchObject({ ethnicity: 'B族', phone: '13900001111' });
  });
});
