/**
 * 就业台账: every 脱贫劳动力 with their employment record of the chosen month in one grid (paged,
 * sorted and filtered in SQL), narrowed by village, 务工区域, 就业渠道 and need from the toolbar.
 * The month's fields are edited in place with the shared parsers; 证件号码 and 联系电话 are masked
 * like every grid. The quarter of the month can be exported as the three quarterly sheets.
 * When the ledger changes elsewhere (撤销, 恢复, an import) the rows reload.
 */
import type { GridApi } from 'ag-grid-community';
import { useCallback, useMemo, useRef, useState } from 'react';
import { EMPLOYMENT_CHANNELS, quarterOfDate, WORK_REGIONS } from '../../../shared/domain/employment';
import { api } from '../../api/client';
import { MessageBar } from '../../components/MessageBar';
import { SearchBox } from '../../components/SearchBox';
import { LedgerGrid } from '../../grid/LedgerGrid';
import { createListDatasource } from '../../grid/list-datasource';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useOnLedgerChanged } from '../../hooks/useLedgerSignal';
import { useMessage } from '../../hooks/useMessage';
import { useVillages } from '../households/useVillages';
import { MonthField } from '../imports/MonthField';
import { currentMonth } from '../imports/preview-rules';
import { buildEmploymentColumns, type EmploymentGridRow } from './employment-columns';
import { employmentQuery, type EmploymentFilters, type NeedFilter } from './employment-query';
import { QuarterExportButtons } from './QuarterExportButtons';
import { ToolbarSelect } from './ToolbarSelect';
import { toGridRow, useEmploymentEditing } from './useEmploymentEditing';

const SEARCH_DEBOUNCE_MS = 250;
const NEED_CHOICES = [
  { value: 'job', label: '有就业需求' },
  { value: 'training', label: '有培训需求' },
] as const;

// Rows are edited in place; nothing beside the grid depends on which row is selected.
const ignore = () => undefined;

export function EmploymentView() {
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText, SEARCH_DEBOUNCE_MS);
  const [filters, setFilters] = useState<EmploymentFilters>(() => ({ month: currentMonth(), village: null, region: null, channel: null, need: null }));
  const [total, setTotal] = useState<number | null>(null);
  const message = useMessage();
  const { error: showError } = message;
  const editing = useEmploymentEditing(message);
  const villages = useVillages();
  const gridApi = useRef<GridApi<EmploymentGridRow> | null>(null);
  const onReady = useCallback((ready: GridApi<EmploymentGridRow>) => {
    gridApi.current = ready;
  }, []);
  useOnLedgerChanged(() => gridApi.current?.refreshInfiniteCache());

  const pick = (next: Partial<EmploymentFilters>) => setFilters((f) => ({ ...f, ...next }));
  const columnDefs = useMemo(() => buildEmploymentColumns(editing), [editing]);
  const datasource = useMemo(
    () =>
      createListDatasource<EmploymentGridRow>({
        fetchPage: (query) => api.call('employment.list', employmentQuery(query, filters)).then((page) => ({ rows: page.rows.map(toGridRow), total: page.total })),
        search,
        includeRemoved: false,
        onTotal: setTotal,
        onError: showError,
      }),
    [search, filters, showError],
  );
  const narrowed = search !== '' || filters.village !== null || filters.region !== null || filters.channel !== null || filters.need !== null;

  return (
    <section className="view employment-view" aria-label="就业台账">
      <div className="view-toolbar">
        <h1 className="view-title">就业台账</h1>
        <span className="view-count" aria-live="polite">
          {total === null ? '' : `共 ${total} 人`}
        </span>
        <SearchBox value={searchText} onChange={setSearchText} placeholder="搜索 姓名 / 证件号码 / 户编号" />
        <span className="inline-field">
          <span aria-hidden="true">月份</span>
          <MonthField label="台账月份" value={filters.month} onChange={(month) => pick({ month })} />
        </span>
        <ToolbarSelect label="村" allLabel="全部村" value={filters.village} options={(villages.data ?? []).map((v) => v.name)} onChange={(village) => pick({ village })} />
        <ToolbarSelect label="务工区域" allLabel="全部区域" value={filters.region} options={WORK_REGIONS} onChange={(region) => pick({ region })} />
        <ToolbarSelect label="就业渠道" allLabel="全部渠道" value={filters.channel} options={EMPLOYMENT_CHANNELS} onChange={(channel) => pick({ channel })} />
        <ToolbarSelect
          label="需求"
          allLabel="全部需求"
          value={filters.need}
          options={NEED_CHOICES.map((c) => c.value)}
          labels={Object.fromEntries(NEED_CHOICES.map((c) => [c.value, c.label]))}
          onChange={(need) => pick({ need: need as NeedFilter })}
        />
        <div className="toolbar-spacer" />
        <QuarterExportButtons quarter={quarterOfDate(filters.month)} message={message} />
      </div>
      <MessageBar message={message.current} onClose={message.clear} />
      {total === 0 && (
        <p className="view-empty-note">
          {narrowed ? '没有符合条件的劳动力。' : '台账中还没有脱贫劳动力。导入村里报来的家庭成员信息表和务工月监测表后，在这里核对和修改。'}
        </p>
      )}
      <div className="view-body">
        <LedgerGrid<EmploymentGridRow>
          label="就业台账列表"
          title="就业台账"
          viewKey="employment"
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
