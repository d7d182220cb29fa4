import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employmentLedger, report, type EmploymentLedger } from '../../support/employment-fixture';

let ledger: EmploymentLedger;
const pick = (i: number) => {
  const row = ledger.labourers[i];
  if (!row) throw new Error(`no labourer ${i}`);
  return row.memberId;
};

beforeAll(async () => {
  ledger = await employmentLedger();
});
afterAll(() => ledger.close());

describe('returning workers (返乡回流) from the monthly returns', () => {
  it('opens a case when 省外 work is followed by no work, with origin, return month and 跟踪中', async () => {
    const id = pick(0);
    expect((await report(ledger, id, '2023-07', 'out')).openedCase).toBeNull();
    const result = await report(ledger, id, '2023-08', 'none', { jobNeed: '是' });
    expect(result.openedCase).toMatchObject({
      memberId: id,
      returnDate: '2023-08',
      lastAwayMonth: '2023-07',
      originRegion: '省外回流',
      originPlace: '浙江省宁波市鄞州区',
      originEmployer: '宁波电子厂',
      jobWish: '是',
      status: '跟踪中',
      source: '自动',
    });
    expect(result.row.returneeStatus).toBe('跟踪中');
  });

  it('derives 务工区域 from the workplace against the home county', async () => {
    const id = pick(1);
    expect((await report(ledger, id, '2023-07', 'in')).row.region).toBe('县内');
    expect((await report(ledger, id, '2023-08', 'province')).row.region).toBe('省内县外');
    expect((await report(ledger, id, '2023-09', 'out')).row.region).toBe('省外');
    const abroad = await ledger.call('employment.update', { memberId: id, month: '2023-10', patch: { employed: '是', workProvince: '香港' } });
    expect(abroad.row.region).toBe('境外');
  });

  it('opens nothing for home -> away, or away -> away in another province', async () => {
    const id = pick(2);
    await report(ledger, id, '2023-07', 'in');
    expect((await report(ledger, id, '2023-08', 'out')).openedCase).toBeNull();
    expect((await report(ledger, id, '2023-09', 'province')).openedCase).toBeNull();
    const cases = await ledger.call('returnees.list', {});
    expect(cases.filter((c) => c.memberId === id)).toEqual([]);
  });

  it('compares across a gap in reporting with the last month reported', async () => {
    const id = pick(3);
    await report(ledger, id, '2023-05', 'province');
    const opened = (await report(ledger, id, '2023-08', 'none')).openedCase;
    expect(opened).toMatchObject({ lastAwayMonth: '2023-05', returnDate: '2023-08', originRegion: '省内县外回流' });
  });

  it('counts a return to 县内 work as a return already re-employed, and a record entered out of order too', async () => {
    const id = pick(4);
    await report(ledger, id, '2023-09', 'in');
    // July away is entered after September: the July -> September pair is the return.
    const opened = (await report(ledger, id, '2023-07', 'out')).openedCase;
    expect(opened).toMatchObject({ returnDate: '2023-09', status: '已再就业', reemployDate: '2023-09', reemployEmployer: '翁源帮扶车间', reemployMode: '帮扶车间/乡村振兴车间' });
  });

  it('closes a case on re-employment, records leaving again, and opens a new case on the next return', async () => {
    const id = pick(5);
    await report(ledger, id, '2023-06', 'out');
    const first = (await report(ledger, id, '2023-07', 'none')).openedCase;
    expect(first?.status).toBe('跟踪中');
    await report(ledger, id, '2023-08', 'none');
    await report(ledger, id, '2023-09', 'in');
    await report(ledger, id, '2023-10', 'out');
    const second = (await report(ledger, id, '2023-11', 'none')).openedCase;
    const cases = (await ledger.call('returnees.list', {})).filter((c) => c.memberId === id);
    expect(cases).toHaveLength(2);
    expect(cases[0]).toMatchObject({ id: first?.id, status: '已再就业', reemployDate: '2023-09', leftAgainMonth: '2023-10' });
    expect(cases[1]).toMatchObject({ id: second?.id, returnDate: '2023-11', lastAwayMonth: '2023-10', status: '跟踪中' });
  });

  it('marks a still-open case 再次外出 when the labourer leaves again without local work', async () => {
    const id = pick(6);
    await report(ledger, id, '2023-06', 'out');
    await report(ledger, id, '2023-07', 'none');
    await report(ledger, id, '2023-08', 'province');
    const [only] = (await ledger.call('returnees.list', {})).filter((c) => c.memberId === id);
    expect(only).toMatchObject({ status: '再次外出', leftAgainMonth: '2023-08' });
  });

  it('takes the case back with the edit that opened it (undo)', async () => {
    const id = pick(7);
    await report(ledger, id, '2023-07', 'out');
    await report(ledger, id, '2023-08', 'none');
    expect((await ledger.call('returnees.list', {})).some((c) => c.memberId === id)).toBe(true);
    await ledger.call('edits.undo', {});
    expect((await ledger.call('returnees.list', {})).some((c) => c.memberId === id)).toBe(false);
    const months = await ledger.call('employment.months', { memberId: id });
    expect(months.map((m) => m.month)).toEqual(['2023-07']);
  });

  it('opens a case by hand, refuses 再就业 before 返乡, and does not duplicate it when the returns show the same return', async () => {
    const id = pick(8);
    const manual = await ledger.call('returnees.open', { memberId: id, values: { returnDate: '2023-08-12', reason: '合同到期', originRegion: '省外回流' } });
    expect(manual).toMatchObject({ source: '手工', status: '跟踪中', reason: '合同到期' });
    const bad = await ledger.fail('returnees.update', { id: manual.id, patch: { reemployDate: '2023-07-01', status: '已再就业' } });
    expect(bad.message).toContain('早于返乡时间');
    const early = await ledger.fail('returnees.update', { id: manual.id, patch: { leftAgainMonth: '2023-07' } });
    expect(early.message).toBe('再次外出月份 2023-07 早于返乡时间 2023-08-12，请核对');
    const left = await ledger.call('returnees.update', { id: manual.id, patch: { leftAgainMonth: '2023-10', status: '再次外出' } });
    expect(left).toMatchObject({ leftAgainMonth: '2023-10', status: '再次外出' });
    await ledger.call('returnees.update', { id: manual.id, patch: { leftAgainMonth: null, status: '跟踪中' } });
    await report(ledger, id, '2023-07', 'out');
    expect((await report(ledger, id, '2023-08', 'none')).openedCase).toBeNull();
    expect((await ledger.call('returnees.list', {})).filter((c) => c.memberId === id)).toHaveLength(1);
  });

  it('lists open cases without a service this quarter for follow-up, with days since return and services so far', async () => {
    const id = pick(0);
    const before = (await ledger.call('returnees.list', { followUpOnly: true, asOf: '2023-09-10' })).find((c) => c.memberId === id);
    expect(before).toMatchObject({ daysSinceReturn: 40, servicesSoFar: 0, needsFollowUp: true });
    await ledger.call('services.add', { memberId: id, date: '2023-09-05', kind: '就业指导' });
    const after = (await ledger.call('returnees.list', { asOf: '2023-09-10' })).find((c) => c.memberId === id);
    expect(after).toMatchObject({ servicesSoFar: 1, lastServiceDate: '2023-09-05', needsFollowUp: false });
    // Next quarter the follow-up is due again.
    const nextQuarter = (await ledger.call('returnees.list', { followUpOnly: true, asOf: '2023-10-02' })).map((c) => c.memberId);
    expect(nextQuarter).toContain(id);
  });
});

describe('labourers', () => {
  it('pages, filters and sorts the month grid in SQL', async () => {
    const village = ledger.labourers[0]!.village!;
    const inVillage = await ledger.call('employment.list', { month: '2023-08', village, limit: 1000 });
    expect(inVillage.rows.length).toBe(inVillage.total);
    expect(inVillage.rows.every((r) => r.village === village)).toBe(true);
    const away = await ledger.call('employment.list', { month: '2023-07', filters: { region: { filterType: 'text', type: 'equals', filter: '省外' } }, sort: [{ colId: 'age', sort: 'desc' }], limit: 1000 });
    expect(away.rows.length).toBeGreaterThan(2);
    expect(away.rows.every((r) => r.region === '省外' && r.month === '2023-07')).toBe(true);
    expect(away.rows.map((r) => r.age)).toEqual([...away.rows.map((r) => r.age)].sort((x, y) => y - x));
    const page = await ledger.call('employment.list', { month: '2023-07', offset: 2, limit: 3 });
    expect(page.rows).toHaveLength(3);
    expect(page.rows[0]!.memberId).toBe(ledger.labourers[2]!.memberId);
    const unknown = await ledger.fail('employment.list', { month: '2023-07', sort: [{ colId: 'salary', sort: 'asc' }] });
    expect(unknown.message).toContain('没有这一列');
  });

  it('lists only labourers, and keeps a member who stops qualifying with their records', async () => {
    expect(ledger.labourers.length).toBeGreaterThan(10);
    expect(ledger.labourers.every((r) => r.isLabourer && r.age >= 16 && r.age <= 59)).toBe(true);
    const id = pick(1);
    await ledger.call('members.update', { id, patch: { labourSkill: '丧失劳动力' } });
    const page = await ledger.call('employment.list', { month: '2023-07', limit: 1000 });
    const row = page.rows.find((r) => r.memberId === id);
    expect(row).toMatchObject({ isLabourer: false, employed: '是', region: '县内' });
    // A member who is not a labourer (and never had a record) cannot be given one.
    const labourerIds = new Set(page.rows.map((r) => r.memberId));
    const child = (await ledger.call('members.list', { limit: 1000 })).rows.find((m) => !labourerIds.has(m.id) && m.age < 16);
    expect(child).toBeDefined();
    const refused = await ledger.fail('employment.update', { memberId: child!.id, month: '2023-07', patch: { employed: '否' } });
    expect(refused.code).toBe('employment.not-labourer');
    expect(refused.message).toContain(`${child!.name} 不是脱贫劳动力`);
  });
});
