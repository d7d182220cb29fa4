import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employmentLedger, report, type EmploymentLedger } from '../../support/employment-fixture';

let ledger: EmploymentLedger;
let needy: number;
let served: number;

beforeAll(async () => {
  ledger = await employmentLedger(40, 4);
  needy = ledger.labourers[0]!.memberId;
  served = ledger.labourers[1]!.memberId;
  // Needs are read at the quarter's start: the latest record up to its first month.
  await report(ledger, needy, '2023-06', 'none', { jobNeed: '是', trainingNeed: '是', trainingKind: '电工' });
  await report(ledger, served, '2023-07', 'none', { jobNeed: '是' });
  await report(ledger, ledger.labourers[2]!.memberId, '2023-07', 'in', { jobNeed: '否', trainingNeed: '否' });
  // A need first reported in August is not on the Q3 sheet.
  await report(ledger, ledger.labourers[3]!.memberId, '2023-08', 'none', { jobNeed: '是' });
});
afterAll(() => ledger.close());

const add = (memberId: number, date: string, kind: '就业指导' | '就业培训' | '岗位推荐' | '其他', n = 1) =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      ledger.call('services.add', kind === '岗位推荐' ? { memberId, date, kind, employer: `企业${i + 1}`, post: '普工' } : { memberId, date, kind }),
    ),
  );

describe('HR services and the 1/1/3 rule', () => {
  it('lists labourers with needs at the quarter start, counting events on the quarter edges only inside it', async () => {
    await add(needy, '2023-07-01', '就业指导');
    await add(needy, '2023-09-30', '就业培训');
    await add(needy, '2023-06-30', '岗位推荐');
    await add(needy, '2023-10-01', '岗位推荐');
    await add(needy, '2023-08-15', '岗位推荐', 2);
    const q3 = await ledger.call('services.quarter', { quarter: '2023Q3' });
    expect(q3.targets).toEqual({ guidance: 1, training: 1, recommendations: 3 });
    expect(q3.rows.map((r) => r.memberId).sort()).toEqual([needy, served].sort());
    const row = q3.rows.find((r) => r.memberId === needy);
    expect(row).toMatchObject({ guidance: 1, training: 1, recommendations: 2, met: false, trainingKind: '电工' });
    expect(row?.reason).toBe('岗位推荐 2 个（应至少 3 个）');
    await add(needy, '2023-09-30', '岗位推荐');
    const after = (await ledger.call('services.quarter', { quarter: '2023Q3' })).rows.find((r) => r.memberId === needy);
    expect(after).toMatchObject({ recommendations: 3, met: true, reason: null });
  });

  it('names every shortfall of a labourer with no service, and sums villages', async () => {
    const q3 = await ledger.call('services.quarter', { quarter: '2023Q3' });
    const row = q3.rows.find((r) => r.memberId === served);
    expect(row?.reason).toBe('就业指导 0 次（应至少 1 次）；就业培训 0 次（应至少 1 次）；岗位推荐 0 个（应至少 3 个）');
    const needing = q3.byVillage.reduce((n, v) => n + v.needing, 0);
    const met = q3.byVillage.reduce((n, v) => n + v.met, 0);
    expect([needing, met]).toEqual([2, 1]);
  });

  it('follows the policy table: a changed target changes the verdict, a year without policy is refused', async () => {
    const [policy] = await ledger.call('policy.list', {});
    await ledger.call('policy.save', { policy: { ...policy!, serviceTargets: { guidance: 2, training: 1, recommendations: 3 } } });
    const row = (await ledger.call('services.quarter', { quarter: '2023Q3' })).rows.find((r) => r.memberId === needy);
    expect(row).toMatchObject({ met: false, reason: '就业指导 1 次（应至少 2 次）' });
    await ledger.call('policy.save', { policy: policy! });
    const refused = await ledger.fail('services.quarter', { quarter: '2031Q1' });
    expect(refused.message).toContain('没有 2031 年的政策标准');
  });

  it('requires employer and post for a 岗位推荐, and deletes a mistaken event', async () => {
    const bad = await ledger.fail('services.add', { memberId: needy, date: '2023-09-01', kind: '岗位推荐' });
    expect(bad.message).toBe('岗位推荐要写明推荐单位和推荐岗位');
    const [event] = await add(needy, '2023-09-02', '其他');
    expect((await ledger.call('services.list', { memberId: needy, quarter: '2023Q3' })).some((e) => e.id === event!.id)).toBe(true);
    expect(await ledger.call('services.remove', { id: event!.id })).toEqual({ removed: true });
    expect((await ledger.call('services.list', { memberId: needy })).some((e) => e.id === event!.id)).toBe(false);
  });
});

describe('calendar', () => {
  it('gives the month return, needs sheet and HR feedback due dates with what is missing', async () => {
    const { items } = await ledger.call('calendar.due', { today: '2023-08-10' });
    const monthly = items.find((i) => i.kind === 'monthly-return');
    const villages = await ledger.call('units.villages', {});
    expect(monthly).toMatchObject({ period: '2023-08', dueDate: '2023-08-20', daysLeft: 10, overdue: false });
    // Only the village of the August record has sent anything for August.
    const augustVillage = (await ledger.call('employment.list', { month: '2023-08', limit: 1000 })).rows.find((r) => r.recordId !== null)?.village;
    expect(monthly?.missing[0]?.items).toEqual(villages.map((v) => v.name).filter((v) => v !== augustVillage).sort());
    const needs = items.filter((i) => i.kind === 'needs-sheet');
    // The Q3 sheet was due 07-15; villages without a July return make it overdue.
    expect(needs[0]).toMatchObject({ period: '2023Q3', dueDate: '2023-07-15', overdue: true });
    expect(needs[1]).toMatchObject({ period: '2023Q4', dueDate: '2023-10-15', overdue: false });
    const feedback = items.find((i) => i.kind === 'hr-feedback');
    expect(feedback).toMatchObject({ period: '2023Q3', dueDate: '2023-09-30', daysLeft: 51 });
    const servedRow = ledger.labourers[1]!;
    expect(feedback?.missing[0]?.items).toEqual([`${servedRow.village} ${servedRow.name}`]);
    expect(items.map((i) => i.dueDate)).toEqual([...items.map((i) => i.dueDate)].sort());
  });

  it('keeps an overdue month with villages missing, and leaves out next-year dates while 2024 has no policy', async () => {
    const { items } = await ledger.call('calendar.due', { today: '2023-12-25' });
    expect(items.find((i) => i.period === '2024-01')).toBeUndefined();
    expect(items.filter((i) => i.kind === 'monthly-return').map((i) => i.period)).toEqual(['2023-12']);
  });
});
