/**
 * The ledger's grid: AG Grid on the infinite row model (rows come page by page from SQL), localised
 * to Chinese, one selectable row, Excel-like editing (double-click, F2 or typing starts an edit,
 * Enter commits and moves down, Tab moves right, Esc cancels, Delete clears). Views give it columns,
 * a datasource, and — for grids that accept pastes — a writer.
 *
 * Every grid gets the spreadsheet habits (useSpreadsheetGrid.ts: cell ranges, Ctrl+C/V/D, Delete
 * over a range, Ctrl+F, Ctrl+S), a view saved per screen (useGridView.ts: columns, order, pinned,
 * sort, filters, named filters), 导出为 Excel of the view as shown and 打印 of all its rows.
 * Column virtualisation is off: a ledger has about 25 columns, and rendering them all keeps
 * horizontal scrolling free of blank flashes and lets the browser's find see every cell.
 * Masked 证件号码/电话 cells follow the clerk's 显示完整证件号码和电话 setting as it changes, and a
 * row is revealed while one of its masked cells is edited.
 */
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import type { CellEditingStartedEvent, ColDef, GetRowIdParams, GridApi, GridReadyEvent, SelectionChangedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ListQuery } from '../../shared/api/contract';
import type { GridList } from '../../shared/api/grid-contract';
import { useSettings } from '../features/settings/settings-store';
import type { MessageActions } from '../hooks/useMessage';
import type { LedgerRecord, SensitiveColumnContext } from './column-defs';
import { GridBar } from './GridBar';
import { GridPrintView, type PrintJob } from './GridPrintView';
import type { GridWriter } from './grid-writes';
import { LEDGER_GRID_THEME } from './grid-theme';
import type { ListDatasource } from './list-datasource';
import { PasteSummaryDialog } from './PasteSummaryDialog';
import { useGridExport } from './useGridExport';
import { useGridView } from './useGridView';
import { useSpreadsheetGrid, useViewShortcuts } from './useSpreadsheetGrid';

export interface LedgerGridProps<T extends LedgerRecord> {
  columnDefs: ColDef<T>[];
  datasource: ListDatasource<T>;
  /** Accessible name of the grid (e.g. 户信息列表). */
  label: string;
  /** The view's title: names the saved view's grid, the export file and the printout (户信息). */
  title: string;
  /** Key of the saved view in localStorage (one per grid). */
  viewKey: string;
  /** The list method the grid pages through, for 导出为 Excel (absent: no 导出为 Excel button). */
  list?: GridList;
  /** Turns the view's query into the list method's (e.g. 收支 money filters in 分). */
  exportQuery?(query: ListQuery): ListQuery;
  /** Accepts pasted, filled and cleared cells; absent: the grid refuses them with a message. */
  writer?: GridWriter<T>;
  message: MessageActions;
  onSelect(row: T | null): void;
  onReady(api: GridApi<T>): void;
  /** Column filters to start with (a view opened "filtered" from the dashboard). */
  initialFilterModel?: Record<string, unknown> | undefined;
}

const DEFAULT_COL_DEF: ColDef = {
  sortable: true,
  resizable: true,
  wrapHeaderText: true,
  autoHeaderHeight: true,
  suppressHeaderMenuButton: true,
};

const ROW_SELECTION = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const;

function revealEditedRow<T>(event: CellEditingStartedEvent<T>): void {
  const context = event.colDef.context as SensitiveColumnContext | undefined;
  context?.revealed.reveal(event.api, event.node);
}

function rowId<T extends LedgerRecord>(params: GetRowIdParams<T>): string {
  return String(params.data.id);
}

export function LedgerGrid<T extends LedgerRecord>(props: LedgerGridProps<T>) {
  const { columnDefs, datasource, label, title, viewKey, writer, message, onSelect, onReady, initialFilterModel } = props;
  const [gridApi, setGridApi] = useState<GridApi<T> | null>(null);
  const [revision, setRevision] = useState(0);
  const frame = useRef<HTMLDivElement>(null);
  const view = useGridView<T>(viewKey);
  const sheet = useSpreadsheetGrid<T>({ title, datasource, writer, message, copyHeaders: view.controls.state.copyHeaders });
  const output = useGridExport<T>({ api: gridApi, datasource, title, list: props.list, exportQuery: props.exportQuery, message });
  useViewShortcuts(frame, message);

  const { restore, capture } = view;
  const { attach } = sheet;
  const handleReady = useCallback(
    (event: GridReadyEvent<T>) => {
      setGridApi(event.api);
      restore(event.api);
      // A view opened "filtered" (from the dashboard) starts from that filter, not the saved one; set as
      // a filter model (not initialState) so 清除筛选 and the column menus treat it as any filter.
      if (initialFilterModel) event.api.setFilterModel(initialFilterModel);
      attach(event.api);
      onReady(event.api);
    },
    [onReady, restore, attach, initialFilterModel],
  );
  const { showFullNumbers } = useSettings();
  useEffect(() => {
    if (gridApi !== null && !gridApi.isDestroyed()) gridApi.refreshCells({ force: true });
  }, [showFullNumbers, gridApi]);
  const handleSelection = useCallback(
    (event: SelectionChangedEvent<T>) => onSelect(event.api.getSelectedNodes()[0]?.data ?? null),
    [onSelect],
  );

  const { cellClassRules, suppressKeyboardEvent } = sheet;
  const columns = useMemo(
    () => columnDefs.map((def) => ({ ...def, cellClassRules: { ...def.cellClassRules, ...cellClassRules } })),
    [columnDefs, cellClassRules],
  );
  const defaultColDef = useMemo<ColDef<T>>(() => ({ ...(DEFAULT_COL_DEF as ColDef<T>), suppressKeyboardEvent }), [suppressKeyboardEvent]);
  const viewChanged = useCallback(() => {
    capture();
    setRevision((r) => r + 1);
  }, [capture]);
  // New column definitions (e.g. 县/镇 hidden once the ledger is known) must not undo the saved view.
  const reapply = useCallback(() => gridApi !== null && restore(gridApi), [gridApi, restore]);

  return (
    <div className="ledger-grid-frame" ref={frame}>
      <GridBar api={gridApi} controls={view.controls} revision={revision} output={output} busy={sheet.busy} />
      <div className="ledger-grid" role="region" aria-label={label} onCopy={sheet.onCopy} onPaste={sheet.onPaste} onKeyDownCapture={sheet.onKeyDownCapture}
        onMouseDown={sheet.onMouseDown}
        onMouseOver={sheet.onMouseOver}
      >
        <AgGridReact<T>
          theme={LEDGER_GRID_THEME}
          localeText={AG_GRID_LOCALE_CN}
          columnDefs={columns}
          defaultColDef={defaultColDef}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={100}
          maxBlocksInCache={20}
          infiniteInitialRowCount={30}
          blockLoadDebounceMillis={30}
          getRowId={rowId<T>}
          rowSelection={ROW_SELECTION}
          suppressColumnVirtualisation
          stopEditingWhenCellsLoseFocus
          enterNavigatesVertically
          enterNavigatesVerticallyAfterEdit
          onGridReady={handleReady}
          onSelectionChanged={handleSelection}
          onCellEditingStarted={revealEditedRow}
          onNewColumnsLoaded={reapply}
          onColumnMoved={viewChanged}
          onColumnVisible={viewChanged}
          onColumnPinned={viewChanged}
          onColumnResized={(event) => event.finished && viewChanged()}
          onSortChanged={viewChanged}
          onFilterChanged={viewChanged}
          {...sheet.gridEvents}
        />
      </div>
      {sheet.summary !== null && <PasteSummaryDialog summary={sheet.summary} onClose={sheet.closeSummary} />}
      {output.printJob !== null && <GridPrintView job={output.printJob} onDone={output.endPrint} />}
    </div>
  );
}

export type { PrintJob };
