import { describe, expect, it } from 'vitest';
import { CHANGE_FILTERS, filterTotal, pageSlices, type KindTotals } from '../../../../../renderer/features/imports/change-pages';

const TOTALS: KindTotals = {
  'new-household': 3,
  'household-changed': 4,
  'new-member': 9,
  'member-changed': 6,
  'member-moved': 1,
  'member-missing': 2,
  'new-income': 0,
  'income-changed': 0,
  'new-employment': 0,
  'employment-changed': 0,
  'new-service': 0,
  'new-returnee': 0,
  'returnee-changed': 0,
  'new-list-entry': 0,
  'list-entry-changed': 0,
  'list-entry-removed': 0,
};

function filter(key: string) {
  const found = CHANGE_FILTERS.find((f) => f.key === key);
  if (!found) throw new Error(key);
  return found;
}

describe('change list tabs and paging', () => {
  it('offers the tabs 全部/新户/新成员/新收入/变更/迁移/未列出, 变更 counting household, member and income changes', () => {
    expect(CHANGE_FILTERS.map((f) => f.label)).toEqual(['全部', '新户', '新成员', '新收入', '变更', '迁移', '未列出']);
    expect(filterTotal(filter('changed'), TOTALS)).toBe(10);
    expect(filterTotal(filter('all'), TOTALS)).toBe(25);
    expect(filterTotal(filter('missing'), TOTALS)).toBe(2);
  });

  it('takes a page of 变更 from the end of household changes and the start of member changes', () => {
    const kinds = filter('changed').kinds;
    expect(pageSlices(kinds, TOTALS, 0, 3)).toEqual([{ kind: 'household-changed', offset: 0, limit: 3 }]);
    expect(pageSlices(kinds, TOTALS, 3, 3)).toEqual([
      { kind: 'household-changed', offset: 3, limit: 1 },
      { kind: 'member-changed', offset: 0, limit: 2 },
    ]);
    expect(pageSlices(kinds, TOTALS, 6, 3)).toEqual([{ kind: 'member-changed', offset: 2, limit: 3 }]);
  });

  it('asks for no more than there is on the last page, and nothing past the end', () => {
    const kinds = filter('changed').kinds;
    expect(pageSlices(kinds, TOTALS, 9, 50)).toEqual([{ kind: 'member-changed', offset: 5, limit: 1 }]);
    expect(pageSlices(kinds, TOTALS, 10, 50)).toEqual([]);
  });

  it('skips a kind with no changes', () => {
    const none = { ...TOTALS, 'household-changed': 0 };
    expect(pageSlices(filter('changed').kinds, none, 0, 50)).toEqual([{ kind: 'member-changed', offset: 0, limit: 6 }]);
  });
});
