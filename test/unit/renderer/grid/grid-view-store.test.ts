import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, MAX_SAVED_FILTERS, parseGridView } from '../../../../renderer/grid/grid-view-store';

describe('parseGridView (a saved grid view read back from localStorage)', () => {
  it('restores columns, filters, the copy-headers toggle and named filters as saved', () => {
    const saved = {
      columns: [{ colId: 'name', pinned: 'left', hide: false }, { colId: 'ethnicity', hide: true }],
      filter: { relation: { filterType: 'text', type: 'equals', filter: '户主' } },
      copyHeaders: true,
      savedFilters: [{ name: '未达标人员', filter: { age: { filterType: 'number', type: 'lessThan', filter: 16 } }, sort: [{ colId: 'age', sort: 'asc' }] }],
    };
    expect(parseGridView(JSON.stringify(saved))).toEqual(saved);
  });

  it('falls back to the default view for nothing saved, broken JSON or a non-object', () => {
    expect(parseGridView(null)).toBe(EMPTY_VIEW);
    expect(parseGridView('{"columns": [')).toBe(EMPTY_VIEW);
    expect(parseGridView('[1,2]')).toBe(EMPTY_VIEW);
  });

  it('drops hand-edited junk: columns without an id, filters without a name, bad sort entries', () => {
    const view = parseGridView(
      JSON.stringify({
        columns: [{ colId: 'name' }, { width: 3 }, 'x'],
        filter: 'everything',
        copyHeaders: 'yes',
        savedFilters: [{ name: '本月未报村', filter: {}, sort: [{ colId: 'village', sort: 'sideways' }, { colId: 'age', sort: 'desc' }] }, { filter: {} }, { name: '无筛选' }],
      }),
    );
    expect(view).toEqual({
      columns: [{ colId: 'name' }],
      filter: null,
      copyHeaders: false,
      savedFilters: [{ name: '本月未报村', filter: {}, sort: [{ colId: 'age', sort: 'desc' }] }],
    });
  });

  it(`keeps at most ${MAX_SAVED_FILTERS} named filters`, () => {
    const many = Array.from({ length: MAX_SAVED_FILTERS + 5 }, (_, i) => ({ name: `筛选${i}`, filter: {}, sort: [] }));
    expect(parseGridView(JSON.stringify({ savedFilters: many })).savedFilters).toHaveLength(MAX_SAVED_FILTERS);
  });
});
