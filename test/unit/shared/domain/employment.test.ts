import { describe, expect, it } from 'vitest';
import { formatQuarter, isReturn, normalizeChoice, quarterOfDate, quarterSpan, regionOf, returnOrigin, serviceVerdict, EMPLOYMENT_CHANNELS } from '../../../../shared/domain/employment';

const HOME = { province: '广东', county: '翁源县' };

describe('quarters', () => {
  it('spans a quarter from its first to its last day, leap years included', () => {
    expect(quarterSpan('2023Q3')).toMatchObject({ firstMonth: '2023-07', lastMonth: '2023-09', firstDay: '2023-07-01', lastDay: '2023-09-30' });
    expect(quarterSpan('2024q1')).toMatchObject({ quarter: '2024Q1', lastDay: '2024-03-31' });
    expect(quarterSpan('2023Q5')).toBeNull();
  });
  it('puts the edge days in the right quarter', () => {
    expect(quarterOfDate('2023-06-30')).toBe('2023Q2');
    expect(quarterOfDate('2023-07-01')).toBe('2023Q3');
    expect(quarterOfDate('2023-12-31')).toBe('2023Q4');
    expect(formatQuarter('2023Q3')).toBe('2023年第三季度');
  });
});

describe('务工区域', () => {
  it('derives the region from the workplace against the home county', () => {
    expect(regionOf({ province: '广东省', city: '韶关市', county: '翁源县' }, HOME)).toBe('县内');
    expect(regionOf({ province: '广东', city: '深圳', county: '宝安区' }, HOME)).toBe('省内县外');
    expect(regionOf({ province: '浙江省', city: null, county: null }, HOME)).toBe('省外');
    expect(regionOf({ province: '香港', city: null, county: null }, HOME)).toBe('境外');
  });
  it('says nothing when the workplace or the home county is not known', () => {
    expect(regionOf({ province: '广东省', city: '深圳市', county: null }, HOME)).toBeNull();
    expect(regionOf({ province: null, city: null, county: null }, HOME)).toBeNull();
    expect(regionOf({ province: '浙江省', city: null, county: null }, null)).toBeNull();
  });
});

describe('return rule', () => {
  const m = (employed: string | null, region: string | null) => ({ month: '2023-07', employed, region });
  it('is a return from 县外 work to no work or 县内 work', () => {
    expect(isReturn(m('是', '省外'), m('否', null))).toBe(true);
    expect(isReturn(m('是', '境外'), m('是', '县内'))).toBe(true);
    expect(isReturn(m('是', '省内县外'), m('否', null))).toBe(true);
  });
  it('is not a return from home, between two away places, or into an unknown state', () => {
    expect(isReturn(m('是', '县内'), m('否', null))).toBe(false);
    expect(isReturn(m('否', null), m('是', '省外'))).toBe(false);
    expect(isReturn(m('是', '省外'), m('是', '省内县外'))).toBe(false);
    expect(isReturn(m('是', '省外'), m(null, null))).toBe(false);
  });
  it('names the origin: 省内县外回流, else 省外回流 (境外 included)', () => {
    expect(returnOrigin('省内县外')).toBe('省内县外回流');
    expect(returnOrigin('境外')).toBe('省外回流');
  });
});

describe('1/1/3', () => {
  const targets = { guidance: 1, training: 1, recommendations: 3 };
  it('is met exactly at the targets and explains each shortfall otherwise', () => {
    expect(serviceVerdict({ guidance: 1, training: 1, recommendations: 3 }, targets)).toEqual({ met: true, reason: null });
    expect(serviceVerdict({ guidance: 0, training: 2, recommendations: 2 }, targets)).toEqual({ met: false, reason: '就业指导 0 次（应至少 1 次）；岗位推荐 2 个（应至少 3 个）' });
  });
});

describe('code values', () => {
  it('accepts numbered, full-width and alias spellings', () => {
    expect(normalizeChoice(EMPLOYMENT_CHANNELS, '②公益岗位')).toBe('公益性岗位');
    expect(normalizeChoice(EMPLOYMENT_CHANNELS, '(3) 帮扶车间')).toBe('帮扶车间/乡村振兴车间');
    expect(normalizeChoice(EMPLOYMENT_CHANNELS, '打零工')).toBeNull();
  });
});
