/**
 * The ledger's grid: AG Grid on the infinite row model (rows come page by page from SQL), localised
 * to Chinese, one selectable row, Excel-like editing (double-click, F2 or typing starts an edit,
 * Enter moves down, leaving the cell commits). Views give it columns and a datasource.
 * Column virtualisation is off: a ledger has about 25 columns, and rendering them all keeps
 * horizontal scrolling free of blank flashes and lets the browser's find (Ctrl+F) see every cell.
 * Masked 证件号码/电话 cells follow the clerk's 显示完整证件号码和电话 setting as it changes, and a
 * row is revealed while one of its masked cells is edited.
 */
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import type { CellEditingStartedEvent, ColDef, GetRowIdParams, GridApi, GridReadyEvent, IDatasource, SelectionChangedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useRef } from 'react';
import { useSettings } from '../features/settings/settings-store';
import type { LedgerRecord, SensitiveColumnContext } from './column-defs';
import { LEDGER_GRID_THEME } from './grid-theme';

export interface LedgerGridProps<T extends LedgerRecord> {
  columnDefs: ColDef<T>[];
  datasource: IDatasource;
  /** Accessible name of the grid (e.g. 户信息列表). */
  label: string;
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

export function LedgerGrid<T extends LedgerRecord>({ columnDefs, datasource, label, onSelect, onReady, initialFilterModel }: LedgerGridProps<T>) {
  const gridApi = useRef<GridApi<T> | null>(null);
  const handleReady = useCallback(
    (event: GridReadyEvent<T>) => {
      gridApi.current = event.api;
      // Set as a filter model (not initialState) so 清除筛选 and the column menus treat it as any filter.
      if (initialFilterModel) event.api.setFilterModel(initialFilterModel);
      onReady(event.api);
    },
    [onReady, initialFilterModel],
  );
  const { showFullNumbers } = useSettings();
  useEffect(() => {
    const ready = gridApi.current;
    if (ready !== null && !ready.isDestroyed()) ready.refreshCells({ force: true });
  }, [showFullNumbers]);
  const handleSelection = useCallback(
    (event: SelectionChangedEvent<T>) => onSelect(event.api.getSelectedNodes()[0]?.data ?? null),
    [onSelect],
  );
  return (
    <div className="ledger-grid" role="region" aria-label={label}>
      <AgGridReact<T>
        theme={LEDGER_GRID_THEME}
        localeText={AG_GRID_LOCALE_CN}
        columnDefs={columnDefs}
        defaultColDef={DEFAULT_COL_DEF}
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
      />
    </div>
  );
}
