import { describe, expect, it } from 'vitest';
import type { ListQuery } from '../../../../shared/api/contract';
import { createListDatasource, toListQuery } from '../../../../renderer/grid/list-datasource';

describe('infinite-model block requests as list queries', () => {
  it('turns rows [start, end), sort and column filters into offset, limit, sort and filters', () => {
    const query = toListQuery(
      {
        startRow: 200,
        endRow: 300,
        sortModel: [{ colId: 'exitYear', sort: 'desc' }],
        filterModel: { village: { filterType: 'text', type: 'contains', filter: '龙仙' } },
      },
      ' 张三 ',
      true,
    );
    expect(query).toEqual({
      offset: 200,
      limit: 100,
      includeRemoved: true,
      sort: [{ colId: 'exitYear', sort: 'desc' }],
      filters: { village: { filterType: 'text', type: 'contains', filter: '龙仙' } },
      search: '张三',
    });
  });

  it('sends no search and no filters when there are none', () => {
    const query = toListQuery({ startRow: 0, endRow: 100, sortModel: [], filterModel: {} }, '  ', false);
    expect(query).toEqual({ offset: 0, limit: 100, includeRemoved: false, sort: [] });
  });

  it('gives the grid the page and the total so its scrollbar spans every row', async () => {
    const asked: ListQuery[] = [];
    const totals: number[] = [];
    const datasource = createListDatasource<{ id: number }>({
      fetchPage: (query) => {
        asked.push(query);
        return Promise.resolve({ rows: [{ id: 1 }, { id: 2 }], total: 57 });
      },
      search: '',
      includeRemoved: false,
      onTotal: (total) => totals.push(total),
      onError: () => undefined,
    });
    const delivered = await new Promise<[unknown[], number | undefined]>((resolve, reject) => {
      datasource.getRows({
        startRow: 0,
        endRow: 100,
        sortModel: [],
        filterModel: {},
        successCallback: (rows: unknown[], lastRow?: number) => resolve([rows, lastRow]),
        failCallback: () => reject(new Error('failed')),
      } as unknown as Parameters<typeof datasource.getRows>[0]);
    });
    expect(delivered).toEqual([[{ id: 1 }, { id: 2 }], 57]);
    expect(totals).toEqual([57]);
    expect(asked[0]?.limit).toBe(100);
  });
});
