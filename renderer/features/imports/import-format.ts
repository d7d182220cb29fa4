/** Small display helpers shared by the import views: months, village board statuses. */
import { formatPeriod } from '../../../shared/domain/periods';

export function monthLabel(month: string | null): string {
  return month === null ? '未定' : formatPeriod(month);
}

export type BoardStatus = 'on-time' | 'late' | 'missing';

export const BOARD_STATUS_LABEL: Record<BoardStatus, string> = {
  'on-time': '按时',
  late: '逾期',
  missing: '未报',
};

/** 未报 first, then 逾期, then 按时: the villages the town must chase come to the top. */
export const BOARD_STATUS_ORDER: Record<BoardStatus, number> = { missing: 0, late: 1, 'on-time': 2 };

export function countByStatus(villages: readonly { status: BoardStatus }[]): Record<BoardStatus, number> {
  const counts: Record<BoardStatus, number> = { 'on-time': 0, late: 0, missing: 0 };
  for (const v of villages) counts[v.status]++;
  return counts;
}

/** First year a return can be about: the 脱贫年度 range starts in 2014. */
const FIRST_YEAR = 2014;

/** Years offered by the month picker: 2014 … next year, and the value's own year if outside. */
export function yearOptions(value: string | null, now: Date = new Date()): string[] {
  const years = new Set<number>();
  for (let y = FIRST_YEAR; y <= now.getFullYear() + 1; y++) years.add(y);
  if (value !== null) years.add(Number(value.slice(0, 4)));
  return [...years].sort((a, b) => a - b).map(String);
}
