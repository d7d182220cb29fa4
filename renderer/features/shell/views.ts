/**
 * The ledger's views in the left navigation. Only finished views are listed; 数据筛查 joins this
 * table when it exists.
 */
export type ViewId = 'households' | 'members' | 'income' | 'warnings' | 'policy' | 'imports' | 'backup' | 'settings' | 'employment' | 'returnees' | 'services';

export interface ViewEntry {
  id: ViewId;
  label: string;
  icon: 'household' | 'people' | 'income' | 'warning' | 'policy' | 'import' | 'backup' | 'settings' | 'work' | 'return' | 'service';
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
}

export const VIEW_SECTIONS: ViewSection[] = [
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
    ],
  },
];
