import { describe, expect, it } from 'vitest';
import { EMPLOYMENT_CELLS, type EmploymentKey } from '../../../../../renderer/features/employment/employment-cell';

function cell(key: EmploymentKey) {
  const spec = EMPLOYMENT_CELLS.find((c) => c.key === key);
  if (!spec) throw new Error(`no cell ${key}`);
  return spec;
}

describe('就业台账 cells', () => {
  it('reads 务工区域 and 就业渠道 as villages type them, and refuses values outside the lists', () => {
    expect(cell('region').parse('（1）省外')).toEqual({ ok: true, value: '省外' });
    expect(cell('region').parse('省 内县外')).toEqual({ ok: true, value: '省内县外' });
    expect(cell('channel').parse('公益岗位')).toEqual({ ok: true, value: '公益性岗位' });
    expect(cell('channel').parse('帮扶车间')).toEqual({ ok: true, value: '帮扶车间/乡村振兴车间' });
    const refused = cell('region').parse('外省');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toContain('可选：县内、省内县外、省外、境外');
  });

  it('clears a field on an empty cell', () => {
    expect(cell('channel').parse('')).toEqual({ ok: true, value: null });
    expect(cell('employed').parse('  ')).toEqual({ ok: true, value: null });
  });

  it('checks 是否务工 and the needs with the shared yes/no list', () => {
    expect(cell('employed').parse('是')).toEqual({ ok: true, value: '是' });
    expect(cell('jobNeed').parse('有')).toEqual({ ok: true, value: '是' });
    expect(cell('trainingNeed').parse('可能').ok).toBe(false);
  });

  it('refuses more than 12 months worked and accepts 开始时间 in any month spelling', () => {
    expect(cell('monthsWorked').parse('8')).toEqual({ ok: true, value: 8 });
    const over = cell('monthsWorked').parse('13');
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.message).toContain('0–12');
    expect(cell('startMonth').parse('2023年3月')).toEqual({ ok: true, value: '2023-03' });
    expect(cell('startMonth').parse('三月').ok).toBe(false);
  });

  it('takes money in 元 and keeps fen, refusing negatives and absurd amounts', () => {
    const wage = cell('monthlyWageFen');
    expect(wage.parse('4500.5')).toEqual({ ok: true, value: 450050 });
    expect(wage.text(450050)).toBe('4500.50');
    expect(wage.parse('-1').ok).toBe(false);
    const huge = wage.parse('2000000');
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.message).toContain('100 万元');
  });

  it('refuses a 务工单位 longer than the API takes', () => {
    const long = cell('employer').parse('厂'.repeat(101));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.message).toContain('最多 100 字');
    expect(cell('employer').parse(' 深圳市某电子厂 ')).toEqual({ ok: true, value: '深圳市某电子厂' });
  });
});
