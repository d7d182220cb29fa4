/**
 * Columns of the 返乡回流跟踪台账 grid. A case is changed through its dialogs (再就业, 再次外出,
 * 记录服务), not in cells: each is a step with its own date and rules. 证件号码 and 联系电话 are masked
 * like every grid; a case with no service this quarter is marked in the 本季度 column.
 */
import type { ColDef } from 'ag-grid-community';
import type { ReturneeCase } from '../../../shared/api/employment-contract';
import type { SensitiveColumnContext } from '../../grid/column-defs';
import { RevealedRows } from '../../grid/revealed-rows';
import { SensitiveCell, type SensitiveCellParams } from '../../grid/SensitiveCell';

type Key = keyof ReturneeCase & string;

function column(key: Key, label: string, width: number, extra: Partial<ColDef<ReturneeCase>> = {}): ColDef<ReturneeCase> {
  return { colId: key, field: key, headerName: label, width, cellClass: ['cell-readonly'], ...extra };
}

function masked(key: 'idNo' | 'phone', label: string, width: number, revealed: RevealedRows): ColDef<ReturneeCase> {
  const params: SensitiveCellParams = { kind: key, revealed };
  const context: SensitiveColumnContext = { revealed };
  return column(key, label, width, { cellRenderer: SensitiveCell, cellRendererParams: params, context, cellClass: ['cell-readonly', `cell-kind-${key}`] });
}

const NUMBER: Partial<ColDef<ReturneeCase>> = { cellClass: ['cell-readonly', 'cell-number'], headerClass: 'ag-right-aligned-header' };

export function buildReturneeColumns(): ColDef<ReturneeCase>[] {
  const revealed = new RevealedRows();
  return [
    column('village', '村', 84),
    column('name', '姓名', 80, { pinned: 'left' }),
    masked('idNo', '证件号码', 190, revealed),
    masked('phone', '联系电话', 140, revealed),
    column('status', '状态', 84, {
      cellClassRules: {
        'cell-status-open': (p) => p.data?.status === '跟踪中',
        'cell-status-done': (p) => p.data?.status === '已再就业',
      },
    }),
    column('needsFollowUp', '本季度服务', 96, {
      valueGetter: (p) => (p.data === undefined ? '' : p.data.needsFollowUp ? '待跟进' : p.data.status === '跟踪中' ? '已服务' : '—'),
      cellClassRules: { 'cell-follow-up': (p) => p.data?.needsFollowUp === true },
    }),
    column('returnDate', '返乡时间', 100),
    column('daysSinceReturn', '返乡天数', 84, NUMBER),
    column('servicesSoFar', '已服务次数', 90, NUMBER),
    column('lastServiceDate', '最近服务', 100),
    column('originRegion', '原务工区域', 110),
    column('originPlace', '原务工地', 120),
    column('originEmployer', '原务工单位', 150),
    column('reason', '返乡原因', 110),
    column('jobWish', '就业意愿', 80),
    column('trainingWish', '培训意愿', 80),
    column('reemployDate', '再就业时间', 100),
    column('reemployEmployer', '再就业单位', 150),
    column('reemployMode', '再就业方式', 120),
    column('source', '来源', 64),
  ];
}
