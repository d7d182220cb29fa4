/**
 * 收支: every income record (household × 统计期) in one grid, paged, sorted and filtered in SQL,
 * with quick search and a 统计期 filter. The seven money inputs are edited in place as 元; the
 * saved row comes back with 家庭纯收入 and 家庭人均纯收入 recomputed by the server. A 人均 below the
 * year's 监测线 is shown in red, below the month's 预警线 in orange, so the grid reads like the
 * warnings it feeds. When the ledger changes elsewhere (撤销, 恢复, an import) the rows reload.
 */
import type { GridApi } from 'ag-grid-community';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ListQuery } from '../../../shared/api/contract';
import { api } from '../../api/client';
import { MessageBar } from '../../components/MessageBar';
import { SearchBox } from '../../components/SearchBox';
import { LedgerGrid } from '../../grid/LedgerGrid';
import { createListDatasource } from '../../grid/list-datasource';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useOnLedgerChanged } from '../../hooks/useLedgerSignal';
import { useMessage } from '../../hooks/useMessage';
import { MonthField } from '../imports/MonthField';
import { usePolicies } from '../policy/usePolicies';
import { buildIncomeColumns, type IncomeRow } from './income-columns';
import { linesFromPolicies } from './income-lines';
import { INCOME_WRITER } from './income-writer';
import { incomeQuery, MONEY_COMPUTED_KEYS, MONEY_INPUT_KEYS } from './money-cell';
import { useIncomeEditing } from './useIncomeEditing';

const SEARCH_DEBOUNCE_MS = 250;
const MONEY_KEYS: readonly string[] = [...MONEY_INPUT_KEYS, ...MONEY_COMPUTED_KEYS];

// Rows are edited in place; nothing beside the grid depends on which row is selected.
const ignore = () => undefined;

export function IncomeView() {
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText, SEARCH_DEBOUNCE_MS);
  const [period, setPeriod] = useState<string | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const message = useMessage();
  const { error: showError } = message;
  const editing = useIncomeEditing(message);
  const policies = usePolicies();
  const gridApi = useRef<GridApi<IncomeRow> | null>(null);
  const onReady = useCallback((ready: GridApi<IncomeRow>) => {
    gridApi.current = ready;
  }, []);
  useOnLedgerChanged(() => gridApi.current?.refreshInfiniteCache());

  const linesFor = useMemo(() => linesFromPolicies(policies.data ?? []), [policies.data]);
  const columnDefs = useMemo(() => buildIncomeColumns(editing, linesFor), [editing, linesFor]);
  const datasource = useMemo(
    () =>
      createListDatasource<IncomeRow>({
        fetchPage: (query) => api.call('income.list', incomeQuery(query, MONEY_KEYS, period)),
        search,
        includeRemoved: false,
        onTotal: setTotal,
        onError: showError,
      }),
    [search, period, showError],
  );

  const exportQuery = useCallback((query: ListQuery) => incomeQuery(query, MONEY_KEYS, period), [period]);

  return (
    <section className="view" aria-label="收支">
      <div className="view-toolbar">
        <h1 className="view-title">收支</h1>
        <span className="view-count" aria-live="polite">
          {total === null ? '' : `共 ${total} 条`}
        </span>
        <SearchBox value={searchText} onChange={setSearchText} placeholder="搜索 户编号 / 户主姓名 / 证件号码" />
        <span className="inline-field">
          <span aria-hidden="true">统计期</span>
          <MonthField label="统计期" value={period} onChange={setPeriod} />
          <button type="button" className="btn btn-small" disabled={period === null} onClick={() => setPeriod(null)}>
            全部统计期
          </button>
        </span>
        <div className="toolbar-spacer" />
        <span className="income-legend" aria-label="图例">
          <span className="legend-chip legend-input">可修改（元）</span>
          <span className="legend-chip legend-computed">自动计算</span>
          <span className="legend-chip legend-below">低于监测线</span>
          <span className="legend-chip legend-warning">低于预警线</span>
        </span>
      </div>
      <MessageBar message={message.current} onClose={message.clear} />
      {total === 0 && <p className="view-empty-note">{period === null && search === '' ? '台账中还没有收支记录。导入村里报来的收入情况表后，在这里核对和修改。' : '没有符合条件的收支记录。'}</p>}
      <div className="view-body">
        <LedgerGrid<IncomeRow>
          label="收支列表"
          title="收支"
          viewKey="income"
          list="income.list"
          exportQuery={exportQuery}
          writer={INCOME_WRITER}
          columnDefs={columnDefs}
          datasource={datasource}
          message={message}
          onSelect={ignore}
          onReady={onReady}
        />
      </div>
    </section>
  );
}
