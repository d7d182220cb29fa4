/** Display text of the calendar's due items: 8月20日, 还有 5 天 / 今天截止 / 已逾期 3 天. */
import type { CalendarItem } from '../../../shared/api/employment-contract';

export function shortDate(iso: string): string {
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

export function daysText(item: Pick<CalendarItem, 'daysLeft' | 'overdue'>): string {
  if (item.overdue) return `已逾期 ${Math.abs(item.daysLeft)} 天`;
  if (item.daysLeft === 0) return '今天截止';
  return `还有 ${item.daysLeft} 天`;
}

export function missingText(item: Pick<CalendarItem, 'missing'>): string {
  const open = item.missing.filter((m) => m.count > 0);
  if (open.length === 0) return '已齐';
  return open.map((m) => `${m.label} ${m.count}`).join('，');
}

/** Short name of an item's kind for the narrow panel. */
export const KIND_LABEL: Record<CalendarItem['kind'], string> = {
  'monthly-return': '村月报',
  'needs-sheet': '季度需求表',
  'hr-feedback': '人社反馈',
  'quarter-export': '季度末导出',
};

/** How many things are still missing, over all parts of an item. */
export function missingCount(item: Pick<CalendarItem, 'missing'>): number {
  return item.missing.reduce((n, m) => n + m.count, 0);
}
