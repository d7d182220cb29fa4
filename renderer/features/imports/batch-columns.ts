/** Columns of the import history grid (导入记录). */
import type { ColDef } from 'ag-grid-community';
import type { ImportBatch } from '../../../shared/api/imports-contract';
import { formatTime } from '../history/history-format';
import { BatchStatusCell } from './BatchStatusCell';
import { monthLabel } from './import-format';
import { UndoBatchCell, type UndoBatchCellParams } from './UndoBatchCell';

type CountKey = keyof ImportBatch['counts'];

function countColumn(key: CountKey, headerName: string, danger = false): ColDef<ImportBatch> {
  return {
    colId: key,
    headerName,
    valueGetter: (p) => p.data?.counts[key],
    width: 68,
    type: 'rightAligned',
    // cellClassRules, not cellClass: 'rightAligned' brings its own cellClass, which must stay.
    cellClassRules: danger ? { 'cell-count-danger': (p) => (p.value as number) > 0 } : undefined,
  };
}

export function batchColumns(onUndo: UndoBatchCellParams['onUndo']): ColDef<ImportBatch>[] {
  return [
    { field: 'id', headerName: '批次', width: 76, sort: 'desc' },
    { field: 'createdAt', headerName: '导入时间', width: 136, valueFormatter: (p) => (p.value ? formatTime(p.value as string) : '') },
    { field: 'fileName', headerName: '文件', flex: 1, minWidth: 200 },
    { field: 'village', headerName: '村', width: 90, valueFormatter: (p) => (p.value as string | null) ?? '多个村' },
    { field: 'reportMonth', headerName: '月份', width: 92, valueFormatter: (p) => monthLabel((p.value as string | null) ?? null) },
    countColumn('inserted', '新增'),
    countColumn('updated', '更新'),
    countColumn('unchanged', '未变'),
    countColumn('rejected', '错误', true),
    { field: 'actor', headerName: '操作人', width: 84 },
    { field: 'status', headerName: '状态', width: 80, cellRenderer: BatchStatusCell },
    { colId: 'undo', headerName: '操作', width: 170, sortable: false, cellRenderer: UndoBatchCell, cellRendererParams: { onUndo } satisfies UndoBatchCellParams },
  ];
}
