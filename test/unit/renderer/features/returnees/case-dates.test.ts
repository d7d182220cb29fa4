import { describe, expect, it } from 'vitest';
import { parseDay, parseDayOrMonth } from '../../../../../renderer/features/returnees/case-dates';

describe('返乡回流 dialog dates', () => {
  it('keeps a day or, when only the month is known, the month', () => {
    expect(parseDayOrMonth('返乡时间', '2023/8/5', '2023-09-01')).toEqual({ ok: true, value: '2023-08-05' });
    expect(parseDayOrMonth('返乡时间', '2023年8月', '2023-09-01')).toEqual({ ok: true, value: '2023-08' });
  });

  it('refuses an empty, unreadable or future date with a message naming the field', () => {
    expect(parseDayOrMonth('返乡时间', ' ', '2023-09-01')).toEqual({ ok: false, message: '请填写返乡时间' });
    const bad = parseDayOrMonth('返乡时间', '八月', '2023-09-01');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('“返乡时间”应为日期或年月');
    expect(parseDay('服务日期', '2023-09-02', '2023-09-01')).toEqual({ ok: false, message: '“服务日期”不能晚于今天（2023-09-01）' });
    expect(parseDay('服务日期', '2023-08', '2023-09-01').ok).toBe(false);
  });
});
