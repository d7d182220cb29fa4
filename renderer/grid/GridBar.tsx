/** The bar above every ledger grid: 视图 (the view menu), 导出为 Excel, 打印, and a hint of the keys. */
import type { GridApi } from 'ag-grid-community';
import { useState } from 'react';
import { GridViewMenu } from './GridViewMenu';
import type { GridViewControls } from './useGridView';
import type { GridOutput } from './useGridExport';

export interface GridBarProps<T> {
  api: GridApi<T> | null;
  controls: GridViewControls;
  revision: number;
  output: GridOutput;
  busy: boolean;
}

export function GridBar<T>({ api, controls, revision, output, busy }: GridBarProps<T>) {
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <div className="grid-bar">
      <button type="button" className="btn btn-small grid-view-button" aria-expanded={menuOpen} disabled={api === null} onClick={() => setMenuOpen((open) => !open)}>
        视图 ▾
      </button>
      {output.canExport && (
        <button type="button" className="btn btn-small" disabled={api === null || output.exporting} onClick={output.exportXlsx}>
          {output.exporting ? '正在导出…' : '导出为 Excel'}
        </button>
      )}
      <button type="button" className="btn btn-small" disabled={api === null || output.printing} onClick={output.print}>
        {output.printing ? '正在准备…' : '打印'}
      </button>
      {busy && <span aria-live="polite">正在写入…</span>}
      <span className="grid-bar-hint">拖选或 Shift+方向键选择区域 · Ctrl+C 复制 · Ctrl+V 粘贴 · Ctrl+D 向下填充 · Delete 清除</span>
      {menuOpen && api !== null && <GridViewMenu api={api} controls={controls} revision={revision} onClose={() => setMenuOpen(false)} />}
    </div>
  );
}
