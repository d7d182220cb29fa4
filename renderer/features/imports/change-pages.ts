/**
 * The change list's filter tabs and paging across them. The API filters by one kind; the 变更 tab
 * shows two (户信息变更 and 成员变更), so a page of it may take the end of one kind and the start of
 * the next: pageSlices cuts the page into per-kind requests from the kinds' totals.
 */
import type { ChangeKind } from './change-format';

export type ChangeFilterKey = 'all' | 'new-household' | 'new-member' | 'new-income' | 'changed' | 'moved' | 'missing';

export interface ChangeFilter {
  key: ChangeFilterKey;
  label: string;
  /** Kinds shown, in order; empty = every kind in the server's order (household by household). */
  kinds: readonly ChangeKind[];
}

export const CHANGE_FILTERS: readonly ChangeFilter[] = [
  { key: 'all', label: '全部', kinds: [] },
  { key: 'new-household', label: '新户', kinds: ['new-household'] },
  { key: 'new-member', label: '新成员', kinds: ['new-member'] },
  { key: 'new-income', label: '新收入', kinds: ['new-income'] },
  { key: 'changed', label: '变更', kinds: ['household-changed', 'member-changed', 'income-changed', 'employment-changed', 'returnee-changed'] },
  { key: 'moved', label: '迁移', kinds: ['member-moved'] },
  { key: 'missing', label: '未列出', kinds: ['member-missing'] },
];

export const ALL_CHANGE_KINDS: readonly ChangeKind[] = ['new-household', 'household-changed', 'new-member', 'member-changed', 'member-moved', 'member-missing', 'new-income', 'income-changed', 'new-employment', 'employment-changed', 'new-service', 'new-returnee', 'returnee-changed', 'new-list-entry', 'list-entry-changed', 'list-entry-removed'];

export type KindTotals = Record<ChangeKind, number>;

export function filterTotal(filter: ChangeFilter, totals: KindTotals): number {
  const kinds = filter.kinds.length === 0 ? ALL_CHANGE_KINDS : filter.kinds;
  return kinds.reduce((sum, kind) => sum + totals[kind], 0);
}

export interface PageSlice {
  kind: ChangeKind;
  offset: number;
  limit: number;
}

/** The per-kind requests that make up rows [offset, offset + limit) of the kinds laid end to end. */
export function pageSlices(kinds: readonly ChangeKind[], totals: KindTotals, offset: number, limit: number): PageSlice[] {
  const slices: PageSlice[] = [];
  let start = 0;
  let wanted = limit;
  let from = offset;
  for (const kind of kinds) {
    const total = totals[kind];
    const end = start + total;
    if (wanted > 0 && from < end) {
      const inKind = from - start;
      const take = Math.min(wanted, total - inKind);
      slices.push({ kind, offset: inKind, limit: take });
      wanted -= take;
      from += take;
    }
    start = end;
  }
  return slices;
}
