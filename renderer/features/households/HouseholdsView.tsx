/**
 * 户信息: the household grid (paged, sorted and filtered in SQL), its quick search, the
 * 已注销 toggle, 新增户 / 注销户, and the detail pane of the selected household.
 *
 * Opened with a `focus` (another view asked for one household), it starts searched to that
 * 户编号, shows its detail on the 监测帮扶 tab, and selects its row once the grid has loaded it.
 * When the ledger changes elsewhere (撤销, 恢复, an import) the loaded rows and the detail reload.
 */
import type { GridApi, ModelUpdatedEvent } from 'ag-grid-community';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { HouseholdRow } from '../../../shared/api/contract';
import { HOUSEHOLD_FIELDS } from '../../../shared/domain/records';
import { api } from '../../api/client';
import { EmptyPane } from '../../components/EmptyPane';
import { FilterChip } from '../../components/FilterChip';
import { MessageBar } from '../../components/MessageBar';
import { SearchBox } from '../../components/SearchBox';
import { buildColumnDefs } from '../../grid/column-defs';
import { LedgerGrid } from '../../grid/LedgerGrid';
import { createListDatasource } from '../../grid/list-datasource';
import { recordWriter } from '../../grid/record-writer';
import { useCellEditing } from '../../hooks/useCellEditing';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useOnLedgerChanged } from '../../hooks/useLedgerSignal';
import { useMessage } from '../../hooks/useMessage';
import type { LedgerInfo } from '../shell/useLedgerInfo';
import type { GridFilterRequest, HouseholdFocus } from '../shell/views';
import { AddHouseholdDialog } from './AddHouseholdDialog';
import { HouseholdDetail } from './HouseholdDetail';
import { RemoveHouseholdDialog } from './RemoveHouseholdDialog';

const SEARCH_DEBOUNCE_MS = 250;

function describe(row: HouseholdRow): string {
  return `户编号 ${row.householdNo}${row.headName ? `（户主 ${row.headName}）` : ''}`;
}

/**
 * Selects the household's row as soon as a loaded block contains it (the grid pages in blocks),
 * and puts the cursor on the cell to fix when the focus names one.
 */
function selectWhenLoaded(api: GridApi<HouseholdRow>, householdId: number, field?: string): void {
  const listener = (event: ModelUpdatedEvent<HouseholdRow>) => {
    const node = event.api.getRowNode(String(householdId));
    if (node?.data === undefined) return;
    node.setSelected(true);
    const rowIndex = node.rowIndex;
    if (field !== undefined && rowIndex !== null && HOUSEHOLD_FIELDS.some((f) => f.key === field)) {
      setTimeout(() => {
        event.api.ensureColumnVisible(field, 'middle');
        event.api.setFocusedCell(rowIndex, field);
      }, 0);
    }
    event.api.removeEventListener('modelUpdated', listener);
  };
  api.addEventListener('modelUpdated', listener);
}

export interface HouseholdsViewProps {
  info: LedgerInfo;
  focus?: HouseholdFocus | null;
  /** Start with these column filters (opened from a dashboard chart). */
  filter?: GridFilterRequest | null;
  onLedgerChanged(): void;
}

export function HouseholdsView({ info, focus = null, filter = null, onLedgerChanged }: HouseholdsViewProps) {
  const [filterLabel, setFilterLabel] = useState(filter?.label ?? null);
  const [searchText, setSearchText] = useState(focus?.householdNo ?? '');
  const search = useDebouncedValue(searchText, SEARCH_DEBOUNCE_MS);
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(focus?.householdId ?? null);
  const [revision, setRevision] = useState(0);
  const [dialog, setDialog] = useState<{ kind: 'add' } | { kind: 'remove'; household: HouseholdRow } | null>(null);
  const gridApi = useRef<GridApi<HouseholdRow> | null>(null);
  const message = useMessage();
  const { error: showError } = message;

  const editing = useCellEditing<HouseholdRow>({
    update: (id, patch) => api.call('households.update', { id, patch }),
    describe,
    message,
    onSaved: (row) => {
      if (row.id === selectedId) setRevision((r) => r + 1);
    },
  });

  // In a one-town ledger the top bar already names the county and town.
  const hidden = useMemo(() => [...(info.county !== null ? ['county'] : []), ...(info.town !== null ? ['town'] : [])], [info.county, info.town]);
  const writer = useMemo(() => recordWriter<HouseholdRow>('household', describe), []);
  const columnDefs = useMemo(() => buildColumnDefs(HOUSEHOLD_FIELDS, editing, { hidden, pinned: ['householdNo', 'headName'] }), [editing, hidden]);

  const datasource = useMemo(
    () =>
      createListDatasource<HouseholdRow>({
        fetchPage: (query) => api.call('households.list', query),
        search,
        includeRemoved,
        onTotal: setTotal,
        onError: showError,
      }),
    [search, includeRemoved, showError],
  );

  const focusId = focus?.householdId ?? null;
  const focusField = focus?.field;
  const onReady = useCallback(
    (ready: GridApi<HouseholdRow>) => {
      gridApi.current = ready;
      if (focusId !== null) selectWhenLoaded(ready, focusId, focusField);
    },
    [focusId, focusField],
  );
  const onSelect = useCallback((row: HouseholdRow | null) => {
    if (row !== null) setSelectedId(row.id);
  }, []);
  // The detail pane's fresh copy of the household goes into its grid row (e.g. 家庭人口数).
  const onDetailLoaded = useCallback((household: HouseholdRow) => {
    gridApi.current?.getRowNode(String(household.id))?.setData(household);
  }, []);

  useOnLedgerChanged(() => {
    gridApi.current?.refreshInfiniteCache();
    setRevision((r) => r + 1);
  });

  const clearFilter = () => {
    setFilterLabel(null);
    gridApi.current?.setFilterModel(null);
  };

  const afterListChange = (text: string) => {
    setDialog(null);
    message.success(text);
    gridApi.current?.refreshInfiniteCache();
    onLedgerChanged();
  };

  return (
    <section className="view" aria-label="户信息">
      <div className="view-toolbar">
        <h1 className="view-title">户信息</h1>
        <span className="view-count" aria-live="polite">
          {total === null ? '' : `共 ${total} 户`}
        </span>
        <SearchBox value={searchText} onChange={setSearchText} placeholder="搜索 姓名 / 证件号码 / 户编号" />
        {filterLabel !== null && <FilterChip label={filterLabel} onClear={clearFilter} />}
        <label className="toggle">
          <input type="checkbox" checked={includeRemoved} onChange={(event) => setIncludeRemoved(event.target.checked)} />
          显示已注销户
        </label>
        <div className="toolbar-spacer" />
        <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'add' })}>
          新增户
        </button>
      </div>
      <MessageBar message={message.current} onClose={message.clear} />
      <div className="view-body">
        <LedgerGrid<HouseholdRow>
          label="户信息列表"
          title="户信息"
          viewKey="households"
          list="households.list"
          columnDefs={columnDefs}
          datasource={datasource}
          writer={writer}
          message={message}
          onSelect={onSelect}
          onReady={onReady}
          initialFilterModel={filter?.filters}
        />
        <aside className="detail-pane" aria-label="户详情">
          {selectedId === null ? (
            <EmptyPane title="未选择户" lines={['在左侧表格中点选一户，', '查看家庭成员、户信息和修改记录。', '双击单元格可直接修改，Esc 取消。']} />
          ) : (
            <HouseholdDetail
              householdId={selectedId}
              initialTab={focus === null || focus.field !== undefined ? undefined : 'monitoring'}
              revision={revision}
              message={message}
              onLoaded={onDetailLoaded}
              onRequestRemove={(household) => setDialog({ kind: 'remove', household })}
            />
          )}
        </aside>
      </div>
      {dialog?.kind === 'add' && (
        <AddHouseholdDialog
          onClose={() => setDialog(null)}
          onCreated={(row) => {
            afterListChange(`已新增户 ${row.householdNo}，可在右侧为其录入家庭成员`);
            setSelectedId(row.id);
          }}
        />
      )}
      {dialog?.kind === 'remove' && (
        <RemoveHouseholdDialog
          household={dialog.household}
          onClose={() => setDialog(null)}
          onRemoved={(row) => {
            afterListChange(`已注销户 ${row.householdNo}`);
            setRevision((r) => r + 1);
          }}
        />
      )}
    </section>
  );
}
