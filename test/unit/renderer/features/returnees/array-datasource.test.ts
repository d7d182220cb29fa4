import type { IGetRowsParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { createArrayDatasource, sortRows } from '../../../../../renderer/features/returnees/array-datasource';

const CASES = [
  { id: 1, name: '张三', daysSinceReturn: 40, lastServiceDate: null },
  { id: 2, name: '李四', daysSinceReturn: 5, lastServiceDate: '2023-08-02' },
  { id: 3, name: '王五', daysSinceReturn: 120, lastServiceDate: '2023-07-15' },
];

function request(startRow: number, endRow: number, sortModel: IGetRowsParams['sortModel'] = []) {
  return new Promise<{ rows: unknown[]; total: number | undefined }>((resolve, reject) => {
    const params = { startRow, endRow, sortModel, filterModel: {}, successCallback: (rows: unknown[], total?: number) => resolve({ rows, total }), failCallback: () => reject(new Error('failed')), context: undefined } as unknown as IGetRowsParams;
    datasource.getRows(params);
  });
}

let fetches = 0;
const datasource = createArrayDatasource({
  fetchAll: () => {
    fetches++;
    return Promise.resolve(CASES);
  },
  onTotal: () => undefined,
  onError: () => undefined,
});

describe('array datasource', () => {
  it('sorts numbers as numbers and puts missing values last either way', () => {
    expect(sortRows(CASES, [{ colId: 'daysSinceReturn', sort: 'asc' }]).map((c) => c.id)).toEqual([2, 1, 3]);
    expect(sortRows(CASES, [{ colId: 'daysSinceReturn', sort: 'desc' }]).map((c) => c.id)).toEqual([3, 1, 2]);
    expect(sortRows(CASES, [{ colId: 'lastServiceDate', sort: 'asc' }]).map((c) => c.id)).toEqual([3, 2, 1]);
  });

  it('hands out blocks of the sorted list with its total, fetching the list once', async () => {
    const first = await request(0, 2, [{ colId: 'daysSinceReturn', sort: 'desc' }]);
    expect(first.rows.map((r) => (r as { id: number }).id)).toEqual([3, 1]);
    expect(first.total).toBe(3);
    const second = await request(2, 4, [{ colId: 'daysSinceReturn', sort: 'desc' }]);
    expect(second.rows.map((r) => (r as { id: number }).id)).toEqual([2]);
    expect(fetches).toBe(1);
  });
});
