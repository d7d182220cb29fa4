/**
 * What a click on a dashboard chart opens: the households or members grid with AG Grid column
 * filters (applied in SQL by the list query) and a Chinese label naming them. The filters use the
 * grids' own field keys, so the grid shows exactly the rows the chart counted.
 */
import type { ColumnFilter } from '../../../shared/api/contract';
import type { GridFilterRequest } from '../shell/views';

export type FilterOpen = Omit<GridFilterRequest, 'serial'>;

const equals = (value: string): ColumnFilter => ({ filterType: 'text', type: 'equals', filter: value });
const notBlank: ColumnFilter = { filterType: 'text', type: 'notBlank' };
const blank: ColumnFilter = { filterType: 'text', type: 'blank' };

export function byHouseholdType(type: string): FilterOpen {
  return { view: 'households', filters: { householdType: equals(type) }, label: `户类型 = ${type}` };
}

export function byMonitorCategory(category: string): FilterOpen {
  return { view: 'households', filters: { monitorCategory: equals(category) }, label: `监测对象类别 = ${category}` };
}

export function byVillage(village: string, view: 'households' | 'members'): FilterOpen {
  return { view, filters: { village: equals(village) }, label: `村 = ${village}` };
}

export function byRisk(risk: string): FilterOpen {
  return {
    view: 'households',
    filters: { monitorCategory: notBlank, risks: { filterType: 'text', type: 'contains', filter: risk } },
    label: `监测对象 · 风险类型含 ${risk}`,
  };
}

/** 风险未消除 · 帮扶消除 · 自然消除 · 已消除 (eliminated without a recorded mode). */
export function byMonitorStatus(status: string): FilterOpen {
  const filters: Record<string, ColumnFilter> =
    status === '风险未消除'
      ? { monitorCategory: notBlank, riskEliminated: { filterType: 'text', type: 'notEqual', filter: '是' } }
      : { monitorCategory: notBlank, riskEliminated: equals('是'), eliminationMode: status === '已消除' ? blank : equals(status) };
  return { view: 'households', filters, label: `监测对象 · ${status}` };
}
