import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catchUp, runFull } from '../../../main/checks/run';
import { seedDemo } from '../../../main/demo/seed-demo';
import { base64 } from '../../support/member-returns';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';
import { toXlsxWithSheetJs, type CellValue } from '../../support/workbooks';

const AS_OF = '2023-07-01';
let ledger: TempLedger;

interface Person {
  id: number;
  householdId: number;
  name: string;
  idNo: string;
  relation: string;
  dibao: string | null;
  tekun: string | null;
  health: string | null;
  disabilityType: string | null;
  insured: number;
  monitorOpen: number;
}

beforeEach(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 60, seed: 4 });
});
afterEach(() => ledger.close());

function people(): Person[] {
  return ledger.service.db
    .prepare(
      `SELECT m.id, m.household_id AS householdId, m.name, m.id_no AS idNo, m.relation, m.dibao, m.tekun, m.health, m.disability_type AS disabilityType,
         (m.medical_resident = '是' OR m.medical_staff = '是') AS insured,
         (ifnull(h.monitor_category, '') != '' AND ifnull(h.risk_eliminated, '') != '是') AS monitorOpen
       FROM members m JOIN households h ON h.id = m.household_id WHERE m.status = '在户' AND h.status = '在册' ORDER BY m.id`,
    )
    .all() as Person[];
}

function deptFindings(): string[] {
  return (ledger.service.db.prepare("SELECT rule_id AS r, record_id AS id, field FROM check_findings WHERE rule_id LIKE 'dept.%'").all() as { r: string; id: number; field: string }[])
    .map((f) => `${f.r}@${f.id}:${f.field}`)
    .sort();
}

function book(title: string, headers: string[], rows: CellValue[][]): string {
  return base64(toXlsxWithSheetJs([{ name: '名单', rows: [[title], headers, ...rows] }]));
}

async function importList(fileName: string, content: string): Promise<number> {
  const staged = await ledger.call('imports.stage', { fileName, contentBase64: content });
  return (await ledger.call('imports.commit', { sessionId: staged.sessionId })).batchId;
}

function storedList(department: string): string[] {
  return (ledger.service.db.prepare('SELECT id_no AS idNo, kind, detail FROM department_lists WHERE department = ? ORDER BY id_no').all(department) as Record<string, string | null>[]).map(
    (r) => `${r.idNo}|${r.kind}|${r.detail}`,
  );
}

/** Each department's list as the ledger would have it, then a few known differences injected. */
function generateLists(all: Person[]) {
  const used = new Set<number>();
  const pick = (test: (p: Person) => boolean, what: string): Person => {
    const p = all.find((x) => !used.has(x.householdId) && test(x));
    if (!p) throw new Error(`no demo member for ${what}`);
    used.add(p.householdId);
    return p;
  };
  const expected: string[] = [];

  const assistance = new Map<string, string[]>();
  for (const p of all) {
    const types = [...(p.dibao === '是' ? ['低保'] : []), ...(p.tekun === '是' ? ['特困'] : [])];
    if (types.length > 0) assistance.set(p.idNo, types);
  }
  for (const p of all) {
    if (p.monitorOpen && !all.some((o) => o.householdId === p.householdId && assistance.has(o.idNo))) assistance.set(p.idNo, ['临时救助']);
  }
  const dibaoDropped = pick((p) => p.dibao === '是' && !p.monitorOpen, '低保 dropped');
  assistance.delete(dibaoDropped.idNo);
  expected.push(`dept.dibao-differs@${dibaoDropped.id}:dibao`);
  const dibaoAdded = pick((p) => p.dibao !== '是' && !assistance.has(p.idNo), '低保 added');
  assistance.set(dibaoAdded.idNo, ['低保']);
  expected.push(`dept.dibao-differs@${dibaoAdded.id}:dibao`);
  const uncovered = pick((p) => p.monitorOpen === 1 && all.every((o) => o.householdId !== p.householdId || o.dibao !== '是'), 'monitor without assistance');
  for (const o of all) if (o.householdId === uncovered.householdId) assistance.delete(o.idNo);
  expected.push(`dept.monitor-without-assistance@${uncovered.householdId}:monitorCategory`);

  const insured = new Map<string, string>(all.filter((p) => p.insured).map((p) => [p.idNo, '正常参保']));
  const stopped = pick((p) => p.insured === 1, 'stopped insurance');
  insured.set(stopped.idNo, '停保');
  expected.push(`dept.insured-not-on-list@${stopped.id}:medicalResident`);
  const missing = pick((p) => p.insured === 1, 'missing from 医保');
  insured.delete(missing.idNo);
  expected.push(`dept.insured-not-on-list@${missing.id}:medicalResident`);
  const uninsured = pick((p) => p.insured === 1 && p.relation !== '户主', 'on 医保 list, uninsured in the ledger');
  expected.push(`dept.on-list-not-insured@${uninsured.id}:medicalResident`);

  const disabled = all.filter((p) => (p.health ?? '').includes('残疾'));
  const disability = new Map<string, string | null>(disabled.map((p) => [p.idNo, p.disabilityType]));
  const notCertified = pick((p) => disability.has(p.idNo), '残疾 not on the 残联 list');
  disability.delete(notCertified.idNo);
  expected.push(`dept.disability-differs@${notCertified.id}:health`);
  const certified = pick((p) => !disability.has(p.idNo) && p.health === '["健康"]', 'on the 残联 list, healthy in the ledger');
  disability.set(certified.idNo, '肢体');
  expected.push(`dept.disability-differs@${certified.id}:health`);
  const otherType = pick((p) => disability.has(p.idNo) && p.disabilityType !== null, 'another 残疾类别');
  disability.set(otherType.idNo, otherType.disabilityType === '视力' ? '听力' : '视力');
  expected.push(`dept.disability-differs@${otherType.id}:disabilityType`);

  const byId = new Map(all.map((p) => [p.idNo, p]));
  const name = (idNo: string) => byId.get(idNo)?.name ?? '';
  return {
    expected: expected.sort(),
    uninsured,
    assistance: book('龙仙镇低收入人口（社会救助）名单', ['序号', '姓名', '身份证号码', '救助类型', '起始时间'], [...assistance].flatMap(([id, types], i) => types.map((t) => [i + 1, name(id), id, t === '低保' ? '农村低保' : t, '2023-01-01']))),
    insured: book('城乡居民基本医疗保险参保名单', ['姓名', '公民身份号码', '险种类型', '参保状态'], [...insured].map(([id, status]) => [name(id), id, '城乡居民基本医疗保险', status])),
    disability: (list: Map<string, string | null>) => book('持证残疾人名单', ['姓名', '身份证号', '残疾类别', '残疾等级'], [...list].map(([id, type]) => [name(id), id, type === null ? '' : `${type}残疾`, '三级'])),
    disabilityList: disability,
  };
}

describe('department lists (民政 · 医保 · 残联) and their cross-checks', () => {
  it('finds exactly the differences between generated lists and the ledger', async () => {
    const lists = generateLists(people());
    runFull(ledger.service.db, AS_OF);
    expect(deptFindings()).toEqual([]);
    await ledger.call('members.update', { id: lists.uninsured.id, patch: { medicalResident: '否', medicalStaff: '否' } });
    await importList('民政名单.xlsx', lists.assistance);
    await importList('医保参保.xlsx', lists.insured);
    await importList('残联名单.xlsx', lists.disability(lists.disabilityList));
    // A list names people in any household: catching up after a list import checks them all.
    expect(catchUp(ledger.service.db, AS_OF).mode).toBe('full');
    expect(deptFindings()).toEqual(lists.expected);
    // Fixing the ledger drops the finding on the next incremental catch-up.
    await ledger.call('members.update', { id: lists.uninsured.id, patch: { medicalResident: '是' } });
    expect(catchUp(ledger.service.db, AS_OF).mode).toBe('incremental');
    expect(deptFindings()).toEqual(lists.expected.filter((f) => f !== `dept.on-list-not-insured@${lists.uninsured.id}:medicalResident`));
    await ledger.call('members.update', { id: lists.uninsured.id, patch: { medicalResident: '否' } });
    await ledger.call('checks.run', { full: true, asOf: AS_OF });
    expect(deptFindings()).toEqual(lists.expected);
    const messages = (await ledger.call('checks.list', {})).findings.filter((f) => f.ruleId.startsWith('dept.')).map((f) => f.message);
    expect(messages.some((m) => m.includes('民政名单'))).toBe(true);
    expect(messages.some((m) => m.includes('残联'))).toBe(true);
  });

  it('shows the list in the preview; a re-import replaces the list and undo restores it', async () => {
    const all = people();
    const lists = generateLists(all);
    const staged = await ledger.call('imports.stage', { fileName: '残联名单.xlsx', contentBase64: lists.disability(lists.disabilityList) });
    expect(staged.templateId).toBe('disability-list');
    expect(staged.templateName).toBe('残联持证残疾人名单');
    expect(staged.counts.inserted).toBe(lists.disabilityList.size);
    const changes = await ledger.call('imports.changes', { sessionId: staged.sessionId, limit: 500 });
    expect(changes.total).toBe(lists.disabilityList.size);
    const [firstId, firstType] = [...lists.disabilityList][0]!;
    const shown = changes.rows.find((c) => c.idNo === firstId);
    expect(shown?.kind).toBe('new-list-entry');
    expect(shown?.name).toBe(all.find((p) => p.idNo === firstId)?.name);
    expect(shown?.fields.find((f) => f.label === '残疾类别')?.new).toBe(firstType);
    await ledger.call('imports.commit', { sessionId: staged.sessionId });
    const first = storedList('残联');
    expect(first).toHaveLength(lists.disabilityList.size);

    // The next list drops one person, changes one grade, adds one: the stored list becomes that list.
    const next = new Map(lists.disabilityList);
    next.delete(firstId);
    const newcomer = all.find((p) => !next.has(p.idNo) && p.idNo !== firstId)!;
    next.set(newcomer.idNo, '言语');
    const restaged = await ledger.call('imports.stage', { fileName: '残联名单（更新）.xlsx', contentBase64: lists.disability(next) });
    const delta = await ledger.call('imports.changes', { sessionId: restaged.sessionId, limit: 500 });
    expect(delta.rows.map((c) => `${c.kind}:${c.idNo}`).sort()).toEqual([`list-entry-removed:${firstId}`, `new-list-entry:${newcomer.idNo}`].sort());
    const batchId = (await ledger.call('imports.commit', { sessionId: restaged.sessionId })).batchId;
    expect(storedList('残联').map((r) => r.split('|')[0]).sort()).toEqual([...next.keys()].sort());
    runFull(ledger.service.db, AS_OF);
    expect(deptFindings()).toContain(`dept.disability-differs@${newcomer.id}:health`);

    await ledger.call('imports.undo', { batchId });
    expect(storedList('残联')).toEqual(first);
    runFull(ledger.service.db, AS_OF);
    expect(deptFindings()).not.toContain(`dept.disability-differs@${newcomer.id}:health`);
    // Other departments' lists are untouched, and never-imported lists keep their rules silent.
    expect(storedList('民政')).toEqual([]);
    expect(deptFindings().every((f) => f.startsWith('dept.disability-differs'))).toBe(true);
  });

  it('rejects rows without a usable 证件号码 or 救助类型, in Chinese, and keeps the stored list', async () => {
    const all = people();
    const good = book('社会救助名单', ['姓名', '身份证号码', '救助类型'], [[all[0]!.name, all[0]!.idNo, '低保']]);
    await importList('民政.xlsx', good);
    const bad = book('社会救助名单', ['姓名', '身份证号码', '救助类型'], [
      [all[1]!.name, '4.40229E+17', '低保'],
      [all[2]!.name, all[2]!.idNo, '医疗救助'],
    ]);
    const staged = await ledger.call('imports.stage', { fileName: '民政（错）.xlsx', contentBase64: bad });
    expect(staged.counts.rejected).toBe(2);
    expect(staged.errors.map((e) => e.message).join('\n')).toMatch(/救助类型“医疗救助”无法识别/);
    const refused = await ledger.fail('imports.commit', { sessionId: staged.sessionId });
    expect(refused.message).toContain('有 2 行数据有错误');
    const accepted = await ledger.call('imports.commit', { sessionId: staged.sessionId, acceptValid: true });
    expect(accepted.counts.rejected).toBe(2);
    expect(storedList('民政')).toEqual([`${all[0]!.idNo}|["低保"]|null`]);
  });
});
