import { describe, expect, it } from 'vitest';
import { BOARD_STATUS_LABEL, countByStatus, monthLabel, yearOptions } from '../../../../../renderer/features/imports/import-format';

describe('import display helpers', () => {
  it('reads a month the Chinese way, and an unknown one as 未定', () => {
    expect(monthLabel('2023-07')).toBe('2023年7月');
    expect(monthLabel(null)).toBe('未定');
  });

  it('counts the villages by board status with the labels 按时/逾期/未报', () => {
    const counts = countByStatus([{ status: 'on-time' }, { status: 'missing' }, { status: 'missing' }, { status: 'late' }]);
    expect(counts).toEqual({ 'on-time': 1, late: 1, missing: 2 });
    expect([BOARD_STATUS_LABEL['on-time'], BOARD_STATUS_LABEL.late, BOARD_STATUS_LABEL.missing]).toEqual(['按时', '逾期', '未报']);
  });

  it('offers the years from 2014 to next year, and keeps an older year a file states', () => {
    const years = yearOptions(null, new Date(2023, 6, 1));
    expect(years[0]).toBe('2014');
    expect(years.at(-1)).toBe('2024');
    expect(yearOptions('2012-05', new Date(2023, 6, 1))[0]).toBe('2012');
  });
});
