import { describe, expect, it } from 'vitest';
import { formatHistoryValue, formatTime } from '../../../../../renderer/features/history/history-format';

describe('history entries as a clerk reads them', () => {
  it('shows an empty old or new value as （空） so the arrow never points at nothing', () => {
    expect(formatHistoryValue(null)).toBe('（空）');
    expect(formatHistoryValue('')).toBe('（空）');
    expect(formatHistoryValue(['因病', '因残'])).toBe('因病、因残');
    expect(formatHistoryValue(2018)).toBe('2018');
  });

  it('shows the change time in local time to the minute', () => {
    const at = new Date(2024, 2, 5, 14, 7, 31).toISOString();
    expect(formatTime(at)).toBe('2024-03-05 14:07');
  });
});
