/**
 * 家庭成员: every member of the ledger in one grid (paged, sorted and filtered in SQL), with quick
 * search, the 非在户 toggle, and the selected member's history beside it. 证件号码 is editable here:
 * a corrected ID is validated in the cell, and 性别/出生日期/年龄 follow from the saved row.
 * When the ledger changes elsewhere (撤销, 恢复, an import) the loaded rows and the selected member
 * reload. Opened with a `focus` (a 数据筛查 finding), it starts searched to the member's 户编号,
 * selects the member once loaded and puts the cursor on the cell to fix.
 */
import type { GridApi, ModelUpdatedEvent } from 'ag-grid-community';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { MemberRow } from '../../../shared/api/contract';
import { MEMBER_FIELDS } from '../../../shared/domain/records';
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
import type { GridFilterRequest, MemberFocus } from '../shell/views';
import { MemberDetail } from './MemberDetail';
import { RemoveMemberDialog } from './RemoveMemberDialog';

const SEARCH_DEBOUNCE_MS = 250;

function describe(row: MemberRow): string {
  return `${row.name}（户编号 ${row.householdNo}）`;
}

/** Selects the member's row once a loaded block holds it, and focuses the cell to fix. */
function focusWhenLoaded(grid: GridApi<MemberRow>, focus: MemberFocus, onFound: (row: MemberRow) => void): void {
  const listener = (event: ModelUpdatedEvent<MemberRow>) => {
    const node = event.api.getRowNode(String(focus.memberId));
    if (node?.data === undefined || node.rowIndex === null) return;
    node.setSelected(true);
    onFound(node.data);
    const rowIndex = node.rowIndex;
    // After this render pass: a column scrolled into view now would be scrolled back by it.
    if (MEMBER_FIELDS.some((f) => f.key === focus.field)) {
      setTimeout(() => {
        event.api.ensureColumnVisible(focus.field, 'middle');
        event.api.setFocusedCell(rowIndex, focus.field);
      }, 0);
    }
    event.api.removeEventListener('modelUpdated', listener);
  };
  grid.addEventListener('modelUpdated', listener);
}

export function MembersView({ focus = null, filter = null, onLedgerChanged }: { focus?: MemberFocus | null; filter?: GridFilterRequest | null; onLedgerChanged(): void }) {
  const [filterLabel, setFilterLabel] = useState(filter?.label ?? null);
  const [searchText, setSearchText] = useState(focus?.householdNo ?? '');
  const search = useDebouncedValue(searchText, SEARCH_DEBOUNCE_MS);
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const [selected, setSelected] = useState<MemberRow | null>(null);
  const [revision, setRevision] = useState(0);
  const [removing, setRemoving] = useState<MemberRow | null>(null);
  const gridApi = useRef<GridApi<MemberRow> | null>(null);
  const message = useMessage();
  const { error: showError } = message;

  const editing = useCellEditing<MemberRow>({
    update: (id, patch) => api.call('members.update', { id, patch }),
    describe,
    message,
    onSaved: (row) => {
      if (row.id === selected?.id) {
        setSelected(row);
        setRevision((r) => r + 1);
      }
    },
  });

  const writer = useMemo(() => recordWriter<MemberRow>('member', describe), []);
  const columnDefs = useMemo(() => buildColumnDefs(MEMBER_FIELDS, editing, { pinned: ['name'] }), [editing]);
  const datasource = useMemo(
    () =>
      createListDatasource<MemberRow>({
        fetchPage: (query) => api.call('members.list', query),
        search,
        includeRemoved,
        onTotal: setTotal,
        onError: showError,
      }),
    [search, includeRemoved, showError],
  );

  useOnLedgerChanged(() => {
    gridApi.current?.refreshInfiniteCache();
    setRevision((r) => r + 1);
    if (selected === null) return;
    // There is no members.get: the member comes back with its household (removed members too).
    api
      .call('households.get', { id: selected.householdId })
      .then((detail) => {
        const fresh = detail.members.find((m) => m.id === selected.id);
        if (fresh !== undefined) setSelected((current) => (current?.id === fresh.id ? fresh : current));
      })
      .catch(() => undefined);
  });

  const onReady = useCallback(
    (ready: GridApi<MemberRow>) => {
      gridApi.current = ready;
      if (focus !== null) focusWhenLoaded(ready, focus, setSelected);
    },
    [focus],
  );
  const onSelect = useCallback((row: MemberRow | null) => {
    if (row !== null) setSelected(row);
  }, []);

  return (
    <section className="view" aria-label="家庭成员">
      <div className="view-toolbar">
        <h1 className="view-title">家庭成员</h1>
        <span className="view-count" aria-live="polite">
          {total === null ? '' : `共 ${total} 人`}
        </span>
        <SearchBox value={searchText} onChange={setSearchText} placeholder="搜索 姓名 / 证件号码 / 户编号" />
        {filterLabel !== null && (
          <FilterChip
            label={filterLabel}
            onClear={() => {
              setFilterLabel(null);
              gridApi.current?.setFilterModel(null);
            }}
          />
        )}
        <label className="toggle">
          <input type="checkbox" checked={includeRemoved} onChange={(event) => setIncludeRemoved(event.target.checked)} />
          显示非在户成员
        </label>
        <div className="toolbar-spacer" />
      </div>
      <MessageBar message={message.current} onClose={message.clear} />
      <div className="view-body">
        <LedgerGrid<MemberRow>
          label="家庭成员列表"
          title="家庭成员"
          viewKey="members"
          list="members.list"
          columnDefs={columnDefs}
          datasource={datasource}
          writer={writer}
          message={message}
          onSelect={onSelect}
          onReady={onReady}
          initialFilterModel={filter?.filters}
        />
        <aside className="detail-pane" aria-label="成员详情">
          {selected === null ? (
            <EmptyPane title="未选择成员" lines={['在左侧表格中点选一位成员，查看其修改记录。', '双击单元格可直接修改；', '填错的证件号码会被当场拒绝，不会保存。']} />
          ) : (
            <MemberDetail member={selected} revision={revision} onRequestRemove={setRemoving} />
          )}
        </aside>
      </div>
      {removing !== null && (
        <RemoveMemberDialog
          member={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(row) => {
            setRemoving(null);
            setSelected(row);
            setRevision((r) => r + 1);
            message.success(`已将 ${row.name} 标记为“${row.status}”`);
            gridApi.current?.refreshInfiniteCache();
            onLedgerChanged();
          }}
        />
      )}
    </section>
  );
}
