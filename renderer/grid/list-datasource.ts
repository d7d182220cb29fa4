/**
 * The infinite row model's datasource over a `*.list` API method: the grid asks for rows
 * [startRow, endRow) with its sort and filter models; this turns them into a ListQuery (offset,
 * limit, sort, filters, plus the view's quick search and removed-records toggle) so sorting and
 * filtering happen in SQL, and tells the grid the total so its scrollbar spans every row.
 */
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { ColumnFilter, ListQuery } from '../../shared/api/contract';
import { ApiCallError } from '../api/client';

export interface ListPage<T> {
  rows: T[];
  total: number;
}

export interface ListDatasourceOptions<T> {
  fetchPage(query: ListQuery): Promise<ListPage<T>>;
  search: string;
  includeRemoved: boolean;
  onTotal(total: number): void;
  onError(message: string): void;
}

/** The grid's block request as the list query the server pages, sorts and filters by. */
export function toListQuery(params: Pick<IGetRowsParams, 'startRow' | 'endRow' | 'sortModel' | 'filterModel'>, search: string, includeRemoved: boolean): ListQuery {
  const query: ListQuery = {
    offset: params.startRow,
    limit: params.endRow - params.startRow,
    includeRemoved,
    sort: params.sortModel.map((s) => ({ colId: s.colId, sort: s.sort })),
  };
  const filters = params.filterModel as Record<string, ColumnFilter> | null;
  if (filters && Object.keys(filters).length > 0) query.filters = filters;
  if (search.trim() !== '') query.search = search.trim();
  return query;
}

export function createListDatasource<T>(options: ListDatasourceOptions<T>): IDatasource {
  return {
    getRows(params) {
      options
        .fetchPage(toListQuery(params, options.search, options.includeRemoved))
        .then((page) => {
          options.onTotal(page.total);
          params.successCallback(page.rows, page.total);
        })
        .catch((error: unknown) => {
          params.failCallback();
          options.onError(error instanceof ApiCallError ? error.message : '读取台账数据时出错，请重试');
        });
    },
  };
}
