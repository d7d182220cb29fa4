/**
 * The ledger grid's datasource over a list the server answers whole (返乡回流 cases are tens, not
 * thousands): the list is fetched once per datasource, then sorted by the grid's sort model and
 * handed out block by block, so the same LedgerGrid serves both kinds of list.
 */
import { ApiCallError } from '../../api/client';
import type { ListDatasource } from '../../grid/list-datasource';

export interface ArrayDatasourceOptions<T> {
  fetchAll(): Promise<T[]>;
  onTotal(total: number): void;
  onError(message: string): void;
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-CN');
}

export function sortRows<T>(rows: readonly T[], sortModel: readonly { colId: string; sort: 'asc' | 'desc' }[]): T[] {
  if (sortModel.length === 0) return [...rows];
  return [...rows].sort((a, b) => {
    for (const { colId, sort } of sortModel) {
      const order = compare((a as Record<string, unknown>)[colId], (b as Record<string, unknown>)[colId]);
      if (order !== 0) return sort === 'asc' ? order : -order;
    }
    return 0;
  });
}

export function createArrayDatasource<T>(options: ArrayDatasourceOptions<T>): ListDatasource<T> {
  let all: Promise<T[]> | null = null;
  let sortModel: readonly { colId: string; sort: 'asc' | 'desc' }[] = [];
  const shown = async () => sortRows(await (all ??= options.fetchAll()), sortModel);
  return {
    viewQuery: () => ({ sort: sortModel.map((s) => ({ ...s })) }),
    fetchRows: async (offset, limit) => (await shown()).slice(offset, offset + limit),
    fetchAll: shown,
    getRows(params) {
      sortModel = params.sortModel;
      all ??= options.fetchAll();
      all
        .then((rows) => {
          options.onTotal(rows.length);
          params.successCallback(sortRows(rows, params.sortModel).slice(params.startRow, params.endRow), rows.length);
        })
        .catch((error: unknown) => {
          all = null;
          params.failCallback();
          options.onError(error instanceof ApiCallError ? error.message : '读取台账数据时出错，请重试');
        });
    },
  };
}
