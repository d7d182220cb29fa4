/**
 * The ledger's views in the left navigation.
 */
import type { ColumnFilter } from '../../../shared/api/contract';

export type ViewId = 'dashboard' | 'households' | 'members' | 'income' | 'warnings' | 'checks' | 'policy' | 'imports' | 'backup' | 'settings' | 'help' | 'employment' | 'returnees' | 'services';

export interface ViewEntry {
  id: ViewId;
  label: string;
  icon: 'home' | 'household' | 'people' | 'income' | 'warning' | 'check' | 'policy' | 'import' | 'backup' | 'settings' | 'help' | 'work' | 'return' | 'service';
}

export interface ViewSection {
  title: string;
  views: ViewEntry[];
}

/**
 * "Open household X in 户信息" from another view (a warning, a report row): the households view
 * starts with its quick search set to the 户编号 and that household selected. `serial` makes a
 * second request for the same household a new one.
 */
export interface HouseholdFocus {
  householdId: number;
  householdNo: string;
  serial: number;
  /** A cell to put the cursor on (a 数据筛查 finding names the field to fix). */
  field?: string;
}

/** "Open member X at cell F in 家庭成员" (a 数据筛查 finding): searched to the 户编号, row selected. */
export interface MemberFocus {
  memberId: number;
  householdNo: string;
  field: string;
  serial: number;
}

/**
 * "Open the grid filtered" from another view (a dashboard chart's bar or slice): the households or
 * members view starts with these column filters (AG Grid's filter model, applied in SQL) and names
 * them in a chip the clerk can clear. `serial` makes a repeated request a new one.
 */
export interface GridFilterRequest {
  view: 'households' | 'members';
  filters: Record<string, ColumnFilter>;
  /** What the filter means, in Chinese: 村 = 龙仙村 · 户类型 = 脱贫户 */
  label: string;
  serial: number;
}

export const VIEW_SECTIONS: ViewSection[] = [
  { title: '总览', views: [{ id: 'dashboard', label: '首页', icon: 'home' }] },
  {
    title: '基础台账',
    views: [
      { id: 'households', label: '户信息', icon: 'household' },
      { id: 'members', label: '家庭成员', icon: 'people' },
    ],
  },
  {
    title: '监测帮扶',
    views: [
      { id: 'income', label: '收支', icon: 'income' },
      { id: 'warnings', label: '预警', icon: 'warning' },
      { id: 'checks', label: '数据筛查', icon: 'check' },
      { id: 'policy', label: '政策标准', icon: 'policy' },
    ],
  },
  {
    title: '就业帮扶',
    views: [
      { id: 'employment', label: '就业台账', icon: 'work' },
      { id: 'returnees', label: '返乡回流', icon: 'return' },
      { id: 'services', label: '就业服务', icon: 'service' },
    ],
  },
  {
    title: '数据交换',
    views: [{ id: 'imports', label: '数据导入', icon: 'import' }],
  },
  {
    title: '系统',
    views: [
      { id: 'backup', label: '备份与恢复', icon: 'backup' },
      { id: 'settings', label: '设置', icon: 'settings' },
      { id: 'help', label: '使用说明', icon: 'help' },
    ],
  },
];
