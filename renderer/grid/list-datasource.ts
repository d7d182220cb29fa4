/**
 * The infinite row model's datasource over a `*.list` API method: the grid asks for rows
 * [startRow, endRow) with its sort and filter models; this turns them into a ListQuery (offset,
 * limit, sort, filters, plus the view's quick search and removed-records toggle) so sorting and
 * filtering happen in SQL, and tells the grid the total so its scrollbar spans every row.
 *
 * It also remembers the query of the rows on screen (sort, filters, search — without the paging),
 * so a paste can fetch the rows it lands on beyond the loaded blocks, and 导出/打印 can read every
 * row of the view as shown.
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

export interface ListDatasource<T> extends IDatasource {
  /** The view's query without paging: what the grid shows, in its order. */
  viewQuery(): ListQuery;
  /** Rows [offset, offset + limit) of the view as shown, fetched whether loaded or not. */
  fetchRows(offset: number, limit: number): Promise<T[]>;
  /** Every row of the view as shown, page by page. */
  fetchAll(): Promise<T[]>;
}

const FETCH_PAGE = 1000;

export function createListDatasource<T>(options: ListDatasourceOptions<T>): ListDatasource<T> {
  let view: ListQuery = toListQuery({ startRow: 0, endRow: 1, sortModel: [], filterModel: null }, options.search, options.includeRemoved);
  delete view.offset;
  delete view.limit;
  const fetchRows = async (offset: number, limit: number): Promise<T[]> => {
    const rows: T[] = [];
    while (rows.length < limit) {
      const size = Math.min(FETCH_PAGE, limit - rows.length);
      const page = await options.fetchPage({ ...view, offset: offset + rows.length, limit: size });
      rows.push(...page.rows);
      if (page.rows.length < size) break;
    }
    return rows;
  };
  return {
    viewQuery: () => ({ ...view }),
    fetchRows,
    fetchAll: () => fetchRows(0, Number.MAX_SAFE_INTEGER),
    getRows(params) {
      const { offset: _offset, limit: _limit, ...rest } = toListQuery(params, options.search, options.includeRemoved);
      view = rest;
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
