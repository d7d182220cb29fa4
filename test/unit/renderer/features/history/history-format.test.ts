import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../../shared/api/contract';
import { fieldsChangedAfter, formatHistoryValue, formatTime, sourceLabel } from '../../../../../renderer/features/history/history-format';

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

  it('names undo and redo entries in Chinese', () => {
    const entry = { source: 'undo' } as HistoryEntry;
    expect(sourceLabel(entry)).toBe('撤销');
    expect(sourceLabel({ ...entry, source: 'redo' })).toBe('重做');
  });

  it('lists each field 恢复到此版本 would put back once, from the entries after the chosen one', () => {
    const entry = (id: number, op: HistoryEntry['op'], fieldLabel: string) => ({ id, op, fieldLabel }) as HistoryEntry;
    const entries = [entry(9, 'update', '民族'), entry(8, 'update', '劳动技能'), entry(7, 'update', '民族'), entry(5, 'update', '联系电话'), entry(1, 'insert', '新建')];
    expect(fieldsChangedAfter(entries, { id: 5 })).toEqual(['民族', '劳动技能']);
    expect(fieldsChangedAfter(entries, { id: 9 })).toEqual([]);
    expect(fieldsChangedAfter(entries, { id: 1 })).toEqual(['民族', '劳动技能', '联系电话']);
  });
});
