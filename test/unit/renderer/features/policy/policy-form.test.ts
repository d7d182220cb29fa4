import { describe, expect, it } from 'vitest';
import { PolicySchema } from '../../../../../shared/api/policy-schema';
import { lineFromDibao, POLICY_2023 } from '../../../../../shared/domain/policy';
import {
  blankForm,
  dibaoLine,
  emptyWarningLine,
  formSignature,
  formToPolicy,
  INT_RANGES,
  latestPolicy,
  nextYearDraft,
  policyToForm,
  type IntField,
} from '../../../../../renderer/features/policy/policy-form';

describe('政策标准 form ↔ Policy', () => {
  it('shows money as 元 and warning-line months within the year', () => {
    const form = policyToForm(POLICY_2023);
    expect(form.monitoringLine).toBe('10420.00');
    expect(form.heavySelfPaid).toBe('5000.00');
    expect(form.warningLines.map(({ fromMonth, toMonth, line, basis }) => [fromMonth, toMonth, line, basis])).toEqual([
      ['07', '10', '10600.00', ''],
      ['11', '12', '10800.00', '1.5 × 2023年广东省四类地区农村低保标准 7200 元'],
    ]);
    expect(form.guidance).toBe('1');
  });

  it('gives back exactly the policy it was made from', () => {
    expect(formToPolicy(policyToForm(POLICY_2023))).toEqual({ ok: true, policy: POLICY_2023 });
  });

  it('reads typed 元 into fen and leaves an empty basis out', () => {
    const form = policyToForm(POLICY_2023);
    const result = formToPolicy({ ...form, monitoringLine: '10,900.5', warningLines: [{ ...emptyWarningLine(), fromMonth: '01', toMonth: '06', line: '11000', basis: '  ' }] });
    expect(result.ok && result.policy.monitoringLineFen).toBe(1_090_050);
    expect(result.ok && result.policy.warningLines).toEqual([{ from: '2023-01', to: '2023-06', lineFen: 1_100_000 }]);
  });

  it('names each problem under its field in Chinese', () => {
    const form = policyToForm(POLICY_2023);
    const result = formToPolicy({
      ...form,
      monitoringLine: '',
      monthlyDeadlineDay: '31',
      labourAgeMin: '十六',
      warningLines: [{ ...emptyWarningLine(), fromMonth: '09', toMonth: '03', line: 'abc' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      monitoringLine: '请填写“监测线”（元）',
      monthlyDeadlineDay: '“月报截止日”应在 1–28 之间，现为 31',
      labourAgeMin: '“劳动年龄下限”应为整数，现为“十六”',
      'line.0.line': '“第 1 段预警线”应为金额（元），如 10420 或 10420.00，现为“abc”',
      'line.0.months': '第 1 段预警线的起始月份晚于结束月份',
    });
  });

  it('refuses what the shared PolicySchema refuses: the integer ranges are the schema’s', () => {
    const shape = PolicySchema.shape;
    const schemas: Record<IntField, { minValue: number | null; maxValue: number | null }> = {
      year: shape.year,
      labourAgeMin: shape.labourAgeMin,
      labourAgeMax: shape.labourAgeMax,
      monthlyDeadlineDay: shape.monthlyDeadlineDay,
      quarterlyNeedsDay: shape.quarterlyNeedsDay,
      identificationDays: shape.identificationDays,
      measureWithinMonths: shape.measureWithinMonths,
      guidance: shape.serviceTargets.shape.guidance,
      training: shape.serviceTargets.shape.training,
      recommendations: shape.serviceTargets.shape.recommendations,
      publicNoticeDays: shape.publicNoticeDays,
    };
    for (const [field, schema] of Object.entries(schemas) as [IntField, (typeof schemas)[IntField]][]) {
      expect(INT_RANGES[field].min, field).toBe(schema.minValue);
      expect(INT_RANGES[field].max, field).toBe(schema.maxValue);
    }
  });

  it('starts a new year from the latest one, with its warning lines moved into the new year', () => {
    const p2024 = { ...POLICY_2023, year: 2024, monitoringLineFen: 1_090_000 };
    const latest = latestPolicy([POLICY_2023, p2024]);
    expect(latest?.year).toBe(2024);
    const draft = nextYearDraft(p2024);
    expect(draft.year).toBe(2025);
    expect(draft.monitoringLineFen).toBe(1_090_000);
    expect(draft.warningLines.map((l) => [l.from, l.to])).toEqual([
      ['2025-07', '2025-10'],
      ['2025-11', '2025-12'],
    ]);
    expect(latestPolicy([])).toBeNull();
  });

  it('asks for every value of a first year typed into an empty table', () => {
    const result = formToPolicy(blankForm(2024));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toHaveLength(12);
  });

  it('tells an edited form from the saved one, whatever the rows’ identities', () => {
    expect(formSignature(policyToForm(POLICY_2023))).toBe(formSignature(policyToForm(POLICY_2023)));
    expect(formSignature({ ...policyToForm(POLICY_2023), publicNoticeDays: '7' })).not.toBe(formSignature(policyToForm(POLICY_2023)));
  });
});

describe('预警线 as 倍数 × 低保标准', () => {
  it('computes the line as the shared lineFromDibao does, with the basis the warnings quote', () => {
    expect(dibaoLine('1.5', '7200')).toEqual({ ok: true, lineFen: lineFromDibao(1.5, 720_000), basis: '1.5 × 低保标准 7200 元' });
    expect(dibaoLine('1.5', '7200')).toEqual(expect.objectContaining({ lineFen: 1_080_000 }));
    expect(dibaoLine('1.2', '7166.5')).toEqual({ ok: true, lineFen: 859_980, basis: '1.2 × 低保标准 7166.50 元' });
  });

  it('refuses a missing factor or standard', () => {
    expect(dibaoLine('', '7200')).toEqual({ ok: false, message: '倍数应为大于 0 的数，如 1.5' });
    expect(dibaoLine('1.5', '七千')).toEqual({ ok: false, message: '低保标准应为金额（元/人/年），如 7200' });
  });
});
