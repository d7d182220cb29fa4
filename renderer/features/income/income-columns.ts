/**
 * Columns of the 收支 grid. Who and when (户编号, 户主姓名, 村, 统计期) are pinned or read-only; the
 * seven money inputs are editable as 元 text; 家庭纯收入, 家庭人口数 and 家庭人均纯收入 are computed
 * by the server with the shared formula and shown read-only on a tinted background, pinned to the
 * right so the result of an edit stays in view however far the inputs are scrolled. Sort and
 * filter keys are the income list's whitelisted field keys.
 *
 * Edit flow (as in grid/column-defs.ts): the valueSetter parses the typed text with
 * `parseMoneyCell`; a refusal outlines the cell and goes to `onRefused`; a valid changed amount is
 * written into the row and handed to `onAccepted`, which saves it and applies the server's row.
 */
import type { ColDef, IRowNode, ValueSetterParams } from 'ag-grid-community';
import type { ApiOutput } from '../../../shared/api/contract';
import { INCOME_LABELS } from '../../../shared/domain/income';
import { RefusedCellMark } from '../../grid/refused-cell';
import { moneyText, MONEY_INPUT_KEYS, parseMoneyCell, type MoneyInputKey } from './money-cell';

export type IncomeRow = ApiOutput<'income.list'>['rows'][number];

export interface IncomeEdit {
  node: IRowNode<IncomeRow>;
  key: MoneyInputKey;
  label: string;
  fen: number | null;
  oldFen: number | null;
}

export interface IncomeEditHandlers {
  onRefused(row: IncomeRow, label: string, message: string): void;
  onAccepted(edit: IncomeEdit): void;
}

/** The lines a 家庭人均纯收入 is compared with, for the period of its row (null: no policy). */
export type LinesFor = (period: string) => { monitoringFen: number; warningFen: number | null } | null;

/** Wide enough for the header on one line beside its filter button (生产经营性收入 is 7 characters). */
function moneyWidth(label: string): number {
  return Math.max(104, label.length * 13 + 40);
}
const RIGHT = { headerClass: 'ag-right-aligned-header' } as const;

const TEXT_FILTER = { filter: 'agTextColumnFilter', filterParams: { maxNumConditions: 2, trimInput: true } } as const;
const NUMBER_FILTER = { filter: 'agNumberColumnFilter', filterParams: { maxNumConditions: 2 } } as const;

function textColumn(key: 'householdNo' | 'headName' | 'village' | 'period', label: string, width: number, pinned = false): ColDef<IncomeRow> {
  return { colId: key, field: key, headerName: label, width, pinned: pinned ? 'left' : null, cellClass: ['cell-readonly', key === 'period' ? 'cell-kind-period' : 'cell-kind-text'], ...TEXT_FILTER };
}

function inputColumn(key: MoneyInputKey, handlers: IncomeEditHandlers, refused: RefusedCellMark): ColDef<IncomeRow> {
  const label = INCOME_LABELS[key] ?? key;
  const valueSetter = (params: ValueSetterParams<IncomeRow>): boolean => {
    const row = params.data;
    const node = params.node as IRowNode<IncomeRow>;
    const parsed = parseMoneyCell(label, params.newValue);
    if (!parsed.ok) {
      refused.mark(params.api, node, key);
      handlers.onRefused(row, label, parsed.message);
      return false;
    }
    refused.clear(params.api);
    const oldFen = row[key];
    if (parsed.fen === oldFen) return false;
    row[key] = parsed.fen;
    handlers.onAccepted({ node, key, label, fen: parsed.fen, oldFen });
    return true;
  };
  return {
    colId: key,
    headerName: label,
    width: moneyWidth(label),
    // The editor starts from the 元 text the cell shows, never from fen.
    valueGetter: (params) => moneyText(params.data?.[key]),
    valueSetter,
    editable: true,
    cellEditor: 'agTextCellEditor',
    cellEditorParams: { maxLength: 20 },
    cellClass: ['cell-editable', 'cell-number'],
    cellClassRules: { 'cell-refused': (params) => params.node !== null && refused.isMarked(params.node, key) },
    ...RIGHT,
    ...NUMBER_FILTER,
  };
}

function computedMoney(key: 'netIncome' | 'perCapita', linesFor: LinesFor): ColDef<IncomeRow> {
  const below = (row: IncomeRow | undefined, which: 'monitoringFen' | 'warningFen') => {
    if (row?.perCapita === null || row?.perCapita === undefined) return false;
    const line = linesFor(row.period)?.[which];
    return line !== null && line !== undefined && row.perCapita < line;
  };
  const label = INCOME_LABELS[key] ?? key;
  return {
    colId: key,
    headerName: label,
    width: moneyWidth(label),
    pinned: 'right',
    valueGetter: (params) => moneyText(params.data?.[key]),
    editable: false,
    cellClass: ['cell-readonly', 'cell-computed', 'cell-number', ...(key === 'perCapita' ? ['cell-per-capita'] : [])],
    cellClassRules:
      key === 'perCapita'
        ? {
            'cell-below-monitoring': (params) => below(params.data, 'monitoringFen'),
            'cell-below-warning': (params) => !below(params.data, 'monitoringFen') && below(params.data, 'warningFen'),
          }
        : undefined,
    ...RIGHT,
    ...NUMBER_FILTER,
  };
}

export function buildIncomeColumns(handlers: IncomeEditHandlers, linesFor: LinesFor): ColDef<IncomeRow>[] {
  const refused = new RefusedCellMark();
  return [
    textColumn('householdNo', '户编号', 164, true),
    textColumn('headName', '户主姓名', 88, true),
    textColumn('village', '村', 84),
    textColumn('period', '统计期', 92),
    ...MONEY_INPUT_KEYS.map((key) => inputColumn(key, handlers, refused)),
    computedMoney('netIncome', linesFor),
    {
      colId: 'memberCount',
      field: 'memberCount',
      headerName: '家庭人口数',
      width: 100,
      pinned: 'right',
      editable: false,
      cellClass: ['cell-readonly', 'cell-computed', 'cell-number'],
      ...RIGHT,
      ...NUMBER_FILTER,
    },
    computedMoney('perCapita', linesFor),
  ];
}
