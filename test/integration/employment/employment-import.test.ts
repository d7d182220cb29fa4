import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmploymentRow } from '../../../shared/api/employment-contract';
import { completeIdNumber } from '../../../shared/domain/id-number';
import { employmentLedger, type EmploymentLedger } from '../../support/employment-fixture';
import { base64, employmentXlsx, sheetXlsx, type EmploymentLine } from '../../support/employment-returns';

let ledger: EmploymentLedger;
let a: EmploymentRow;
let b: EmploymentRow;
let c: EmploymentRow;
const STRANGER = completeIdNumber('44022919010101123');

beforeAll(async () => {
  ledger = await employmentLedger(40, 6);
  [a, b, c] = ledger.labourers as [EmploymentRow, EmploymentRow, EmploymentRow];
});
afterAll(() => ledger.close());

async function stage(fileName: string, bytes: Uint8Array, reportMonth?: string) {
  return ledger.call('imports.stage', { fileName, contentBase64: base64(bytes), ...(reportMonth ? { reportMonth } : {}) });
}

const line = (row: EmploymentRow, values: Partial<EmploymentLine>): EmploymentLine => ({ village: row.village ?? '', name: row.name, idNo: row.idNo, employed: '否', ...values });

describe('就业台账 import', () => {
  it('reads the month from the title, derives 务工区域, and opens a returnee case from the second month; undo takes it back', async () => {
    const july = await stage(
      '7月就业台账.xlsx',
      await employmentXlsx('2023-07', [
        line(a, { employed: '是', province: '浙江省', city: '宁波市', county: '鄞州区', employer: '宁波电子厂', channel: '外出务工', start: '2023-03', months: '7', wage: '4500', subsidy: '300' }),
        line(b, { employed: '是', region: '省外', province: '广东省', city: '韶关市', county: '翁源县', channel: '②公益岗位', months: '7', wage: '1800' }),
      ]),
    );
    expect(july).toMatchObject({ templateId: 'employment', reportMonth: '2023-07', errorCount: 0, counts: { inserted: 2 } });
    expect(july.warnings.map((w) => w.code)).toContain('import.region-differs');
    const changes = await ledger.call('imports.changes', { sessionId: july.sessionId });
    const wage = changes.rows.find((ch) => ch.idNo === a.idNo)?.fields.find((f) => f.key === 'monthlyWageFen');
    expect(wage).toMatchObject({ label: '月均收入', old: null, new: '4500.00' });
    await ledger.call('imports.commit', { sessionId: july.sessionId });
    const rows = (await ledger.call('employment.list', { month: '2023-07', limit: 1000 })).rows;
    expect(rows.find((r) => r.memberId === a.memberId)).toMatchObject({ region: '省外', monthlyWageFen: 450000, transportSubsidyFen: 30000, startMonth: '2023-03', monthsWorked: 7 });
    expect(rows.find((r) => r.memberId === b.memberId)).toMatchObject({ region: '县内', channel: '公益性岗位' });

    const august = await stage('8月就业台账.xlsx', await employmentXlsx('2023-08', [line(a, { jobNeed: '是', trainingNeed: '否' })]));
    expect(august.counts).toMatchObject({ inserted: 1, rejected: 0 });
    const { batchId } = await ledger.call('imports.commit', { sessionId: august.sessionId });
    const cases = (await ledger.call('returnees.list', {})).filter((r) => r.memberId === a.memberId);
    expect(cases).toEqual([expect.objectContaining({ returnDate: '2023-08', originEmployer: '宁波电子厂', jobWish: '是', status: '跟踪中' })]);
    const board = await ledger.call('imports.board', { month: '2023-08' });
    expect(board.villages.find((v) => v.village === a.village)?.status).not.toBe('missing');

    await ledger.call('imports.undo', { batchId });
    expect((await ledger.call('returnees.list', {})).filter((r) => r.memberId === a.memberId)).toEqual([]);
    expect((await ledger.call('employment.months', { memberId: a.memberId })).map((m) => m.month)).toEqual(['2023-07']);
  });

  it('re-importing the same return changes nothing', async () => {
    const again = await stage(
      '7月就业台账.xlsx',
      await employmentXlsx('2023-07', [line(a, { employed: '是', province: '浙江省', city: '宁波市', county: '鄞州区', employer: '宁波电子厂', channel: '外出务工', start: '2023-03', months: '7', wage: '4500', subsidy: '300' })]),
    );
    expect(again.counts).toMatchObject({ unchanged: 1, inserted: 0, updated: 0 });
  });

  it('rejects unknown people, lost ID digits, bad code values and bad months, each with a Chinese message', async () => {
    const preview = await stage(
      '坏数据.xlsx',
      await employmentXlsx('2023-09', [
        { village: '某村', name: '查无此人', idNo: STRANGER, employed: '否' },
        line(c, { idNo: '4.40229E+17' }),
        line(c, { employed: '是', channel: '打零工' }),
        line(c, { employed: '是', start: '2023年13月' }),
      ]),
    );
    expect(preview.counts.rejected).toBe(4);
    const messages = preview.errors.map((e) => e.message).join('\n');
    expect(messages).toContain(`台账中没有证件号码为 ${STRANGER} 的成员`);
    expect(messages).toContain('Excel 已丢掉末几位，无法恢复');
    expect(messages).toContain('“就业渠道”应为 外出务工、公益性岗位');
    expect(messages).toContain('“开始时间”应为年月');
    const refused = await ledger.fail('imports.commit', { sessionId: preview.sessionId });
    expect(refused.code).toBe('import.rows-rejected');
    const receipt = await ledger.call('imports.receipt', { sessionId: preview.sessionId });
    expect(receipt.rows).toBe(4);
  });
});

describe('人社就业帮扶反馈表 import', () => {
  const headers = ['序号', '姓名', '证件号码', '服务日期', '服务类型', '推荐单位', '推荐岗位', '培训项目', '结果'];

  it('takes one row per service event, and counts identical events already recorded as unchanged', async () => {
    await ledger.call('employment.update', { memberId: a.memberId, month: '2023-07', patch: { jobNeed: '是' } });
    const rows = [
      ['1', a.name, a.idNo, '2023-07-01', '就业指导', '', '', '', '已指导'],
      ['2', a.name, a.idNo, '2023/9/30', '就业培训', '', '', '电工培训', '结业'],
      ['3', a.name, a.idNo, '2023-08-10', '岗位推荐', '韶关某厂', '普工', '', ''],
      ['4', a.name, a.idNo, '2023-08-10', '岗位推荐', '韶关某厂', '普工', '', ''],
      ['5', a.name, a.idNo, '2023-10-01', '岗位推荐', '翁源某厂', '仓管', '', ''],
    ];
    const bytes = await sheetXlsx('翁源县人社局2023年第三季度就业帮扶反馈表', headers, rows);
    const first = await stage('反馈.xlsx', bytes);
    expect(first).toMatchObject({ templateId: 'hr-feedback', counts: { inserted: 5 } });
    await ledger.call('imports.commit', { sessionId: first.sessionId });
    const standing = (await ledger.call('services.quarter', { quarter: '2023Q3' })).rows.find((r) => r.memberId === a.memberId);
    // a has a job need from July; the October event belongs to Q4.
    expect(standing).toMatchObject({ guidance: 1, training: 1, recommendations: 2, met: false });
    const second = await stage('反馈.xlsx', bytes);
    expect(second.counts).toMatchObject({ unchanged: 5, inserted: 0 });
  });

  it('rejects a 岗位推荐 without employer and post', async () => {
    const preview = await stage('反馈2.xlsx', await sheetXlsx('反馈表', headers, [['1', a.name, a.idNo, '2023-08-11', '岗位推荐', '', '', '', '']]));
    expect(preview.errors[0]?.message).toBe('岗位推荐要写明推荐单位和推荐岗位');
  });

  it('takes one row per person with counts: adds only the shortfall on the quarter end, keeps more than stated', async () => {
    const countHeaders = ['序号', '姓名', '身份证号', '就业指导（次）', '就业培训（次）', '岗位推荐（个）', '是否达标', '季度'];
    const preview = await stage('反馈汇总.xlsx', await sheetXlsx('就业帮扶落实情况', countHeaders, [['1', a.name, a.idNo, '0', '1', '3', '是', '2023年第三季度']]));
    expect(preview).toMatchObject({ templateId: 'hr-feedback-counts', counts: { inserted: 1 }, errorCount: 0 });
    expect(preview.warnings.map((w) => w.code)).toContain('import.fewer-services');
    await ledger.call('imports.commit', { sessionId: preview.sessionId });
    const events = await ledger.call('services.list', { memberId: a.memberId, quarter: '2023Q3' });
    expect(events.filter((e) => e.kind === '岗位推荐').map((e) => e.date)).toEqual(['2023-09-30', '2023-08-10', '2023-08-10']);
    const standing = (await ledger.call('services.quarter', { quarter: '2023Q3' })).rows.find((r) => r.memberId === a.memberId);
    expect(standing).toMatchObject({ guidance: 1, training: 1, recommendations: 3, met: true });
  });
});
