import { describe, expect, it } from 'vitest';
import { daysText, missingCount, missingText, shortDate } from '../../../../../renderer/features/calendar/calendar-format';

describe('近期截止 texts', () => {
  it('says how far a due date is, today, or how late', () => {
    expect(shortDate('2023-08-20')).toBe('8月20日');
    expect(daysText({ daysLeft: 5, overdue: false })).toBe('还有 5 天');
    expect(daysText({ daysLeft: 0, overdue: false })).toBe('今天截止');
    expect(daysText({ daysLeft: -3, overdue: true })).toBe('已逾期 3 天');
  });

  it('lists only what is still missing, or 已齐', () => {
    expect(missingText({ missing: [{ label: '未报送村', count: 3, items: ['a', 'b', 'c'] }, { label: '未达标', count: 0, items: [] }] })).toBe('未报送村 3');
    expect(missingText({ missing: [] })).toBe('已齐');
    expect(missingCount({ missing: [{ label: '未报送村', count: 3, items: [] }, { label: '未达标', count: 2, items: [] }] })).toBe(5);
  });
});
