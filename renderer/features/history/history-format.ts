/** How history entries read to a clerk: local time, the kind of change, values as typed. */
import type { HistoryEntry } from '../../../shared/api/contract';
import { formatFieldValue } from '../../../shared/domain/field-values';

const SOURCE_LABEL: Record<string, string> = {
  edit: '手工修改',
  import: '导入',
  seed: '演示数据',
  system: '系统',
  undo: '撤销',
  redo: '重做',
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO UTC timestamp -> local "2024-03-05 14:07". */
export function formatTime(at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function sourceLabel(entry: HistoryEntry): string {
  return SOURCE_LABEL[entry.source] ?? entry.source;
}

/** Empty values are shown as （空） so "→" never points at nothing. */
export function formatHistoryValue(value: HistoryEntry['oldValue']): string {
  const text = formatFieldValue(value);
  return text === '' ? '（空）' : text;
}

/** The fields 恢复到此版本 would put back: those changed by entries newer than the chosen one. */
export function fieldsChangedAfter(entries: readonly HistoryEntry[], chosen: Pick<HistoryEntry, 'id'>): string[] {
  const labels = entries.filter((e) => e.id > chosen.id && e.op === 'update').map((e) => e.fieldLabel);
  return [...new Set(labels)];
}
