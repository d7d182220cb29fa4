/**
 * 导入记录: every import batch, newest first, with 撤销 per committed batch. The list is small (a
 * town imports a few dozen files a month), so it is loaded whole into a client-side grid; an undo
 * replaces only that batch's row. A ledger change made elsewhere (撤销 of an import batch in the
 * top bar, a restored backup) reloads the list.
 */
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import { ClientSideRowModelModule, RowStyleModule, type GetRowIdParams, type RowClassRules } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useState } from 'react';
import type { ImportBatch } from '../../../shared/api/imports-contract';
import { api } from '../../api/client';
import { LEDGER_GRID_THEME } from '../../grid/grid-theme';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useOnLedgerChanged } from '../../hooks/useLedgerSignal';
import type { MessageActions } from '../../hooks/useMessage';
import { batchColumns } from './batch-columns';
import { UndoBatchDialog } from './UndoBatchDialog';

// The shared registry (grid/grid-modules.ts) serves the infinite-model ledger grids; this grid
// alone needs the client-side model, so it brings its own modules.
const GRID_MODULES = [ClientSideRowModelModule, RowStyleModule];
const LOCALE = { ...AG_GRID_LOCALE_CN, noRowsToShow: '还没有导入过文件' };
const DEFAULT_COL_DEF = { sortable: true, resizable: true, suppressHeaderMenuButton: true };
const ROW_CLASS_RULES: RowClassRules<ImportBatch> = { 'is-undone': (p) => p.data?.status === 'undone' };

function rowId(params: GetRowIdParams<ImportBatch>): string {
  return String(params.data.id);
}

export function ImportHistory({ message, onLedgerChanged }: { message: MessageActions; onLedgerChanged(): void }) {
  const [revision, setRevision] = useState(0);
  const list = useApiQuery(() => api.call('imports.list', {}), String(revision));
  const [undone, setUndone] = useState<Record<number, ImportBatch>>({});
  const [undoing, setUndoing] = useState<ImportBatch | null>(null);
  const columnDefs = useMemo(() => batchColumns(setUndoing), []);
  const rows = useMemo(() => list.data?.map((b) => undone[b.id] ?? b) ?? null, [list.data, undone]);
  useOnLedgerChanged(() => {
    setUndone({});
    setRevision((r) => r + 1);
  });
  const committed = rows?.filter((b) => b.status === 'committed').length ?? 0;

  return (
    <div className="import-panel">
      <div className="panel-toolbar">
        <span className="view-count" aria-live="polite">
          {rows === null ? '' : `共 ${rows.length} 批，有效 ${committed} 批`}
        </span>
        <span className="panel-hint">撤销一批导入，台账恢复到导入前；导入后又手工修改过的记录需先改回。</span>
        <div className="toolbar-spacer" />
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            setUndone({});
            setRevision((r) => r + 1);
          }}
        >
          刷新
        </button>
      </div>
      {list.error !== null && <p className="pane-error">{list.error}</p>}
      <div className="ledger-grid history-grid" role="region" aria-label="导入记录列表">
        <AgGridReact<ImportBatch>
          modules={GRID_MODULES}
          theme={LEDGER_GRID_THEME}
          localeText={LOCALE}
          columnDefs={columnDefs}
          defaultColDef={DEFAULT_COL_DEF}
          rowData={rows}
          getRowId={rowId}
          rowClassRules={ROW_CLASS_RULES}
          suppressCellFocus
        />
      </div>
      {undoing !== null && (
        <UndoBatchDialog
          batch={undoing}
          onClose={() => setUndoing(null)}
          onUndone={(batch) => {
            setUndoing(null);
            setUndone((map) => ({ ...map, [batch.id]: batch }));
            message.success(`已撤销第 ${batch.id} 批（${batch.fileName}），台账已恢复到导入前`);
            onLedgerChanged();
          }}
          onFailed={(text) => {
            setUndoing(null);
            message.error(text);
          }}
        />
      )}
    </div>
  );
}
