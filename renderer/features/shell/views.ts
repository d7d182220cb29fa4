/**
 * The ledger's views in the left navigation. Only finished views are listed; 就业台账, 返乡回流,
 * 预警 and 数据筛查 join this table when they exist.
 */
export type ViewId = 'households' | 'members' | 'imports';

export interface ViewEntry {
  id: ViewId;
  label: string;
  icon: 'household' | 'people' | 'import';
}

export interface ViewSection {
  title: string;
  views: ViewEntry[];
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
    title: '数据交换',
    views: [{ id: 'imports', label: '数据导入', icon: 'import' }],
  },
];
