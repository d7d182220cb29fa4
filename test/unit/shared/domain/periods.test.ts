import { describe, expect, it } from 'vitest';
import { formatPeriod, parseDate, parsePeriod, quarterOf } from '../../../../shared/domain/periods';

describe('periods and dates', () => {
  it('reads a month written with a day', () => {
    expect(parsePeriod('2023/7/1')).toBe('2023-07');
    expect(parsePeriod('2023.7.15')).toBe('2023-07');
  });
  it('refuses text that is not a month', () => {
    expect(parsePeriod('七月')).toBeNull();
    expect(parsePeriod('20230')).toBeNull();
  });
  it('reads dates and refuses impossible ones', () => {
    expect(parseDate('2023年7月1日')).toBe('2023-07-01');
    expect(parseDate('20230701')).toBe('2023-07-01');
    expect(parseDate('2023-02-29')).toBeNull();
  });
  it('formats a period the way clerks write it and knows its quarter', () => {
    expect(formatPeriod('2023-07')).toBe('2023年7月');
    expect(quarterOf('2023-07')).toBe(3);
    expect(quarterOf('2023-12')).toBe(4);
  });
});
