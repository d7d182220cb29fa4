/**
 * 视图 menu of a grid: show/hide and reorder columns, freeze the first columns, copy with headers,
 * named filters (save the current filter and sort under a name, apply, delete) and 恢复默认视图.
 * Every change goes straight to the grid; the grid's events save the view (useGridView.ts).
 */
import type { ColumnPinnedType, GridApi } from 'ag-grid-community';
import { useEffect, useRef, useState } from 'react';
import { columnLabel } from './column-text';
import type { GridViewControls } from './useGridView';

export interface GridViewMenuProps<T> {
  api: GridApi<T>;
  controls: GridViewControls;
  /** Bumped by the grid on every column change, so the list re-reads the grid. */
  revision: number;
  onClose(): void;
}

const FREEZE_CHOICES = [0, 1, 2, 3, 4, 5];

function frozenCount<T>(api: GridApi<T>): number {
  const shown = api.getAllDisplayedColumns();
  const index = shown.findIndex((c) => c.getPinned() !== 'left');
  return index === -1 ? shown.length : index;
}

/** Every column, hidden ones too, in the order the screen shows them (frozen columns first). */
function columnsInScreenOrder<T>(api: GridApi<T>) {
  const rank = (pinned: ColumnPinnedType) => (pinned === 'left' || pinned === true ? 0 : pinned === 'right' ? 2 : 1);
  return api
    .getAllGridColumns()
    .map((column, index) => ({ column, index }))
    .sort((a, b) => rank(a.column.getPinned()) - rank(b.column.getPinned()) || a.index - b.index)
    .map((c) => c.column);
}

export function GridViewMenu<T>({ api, controls, revision, onClose }: GridViewMenuProps<T>) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const columns = columnsInScreenOrder(api);
  void revision;

  useEffect(() => {
    const away = (event: MouseEvent) => {
      if (ref.current !== null && !ref.current.contains(event.target as Node) && !(event.target as Element).closest?.('.grid-view-button')) onClose();
    };
    const escape = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    document.addEventListener('mousedown', away);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('keydown', escape);
    };
  }, [onClose]);

  const freeze = (count: number) => {
    // Keep the screen's order: the frozen columns are the first ones the clerk sees.
    const shown = api.getAllDisplayedColumns();
    const hidden = api.getAllGridColumns().filter((c) => !shown.includes(c));
    const state = [...shown, ...hidden].map((c, i) => ({ colId: c.getColId(), pinned: i < count && i < shown.length ? ('left' as const) : null }));
    api.applyColumnState({ state, applyOrder: true });
  };
  const move = (index: number, by: number) => {
    const column = columns[index];
    const neighbour = columns[index + by];
    if (column === undefined || neighbour === undefined) return;
    api.moveColumns([column], api.getAllGridColumns().indexOf(neighbour));
  };

  return (
    <div className="grid-view-menu" role="dialog" aria-label="视图设置" ref={ref}>
      <section>
        <h3>列（勾选显示，箭头调整顺序）</h3>
        <ul className="grid-view-columns">
          {columns.map((column, i) => (
            <li key={column.getColId()}>
              <label>
                <input type="checkbox" checked={column.isVisible()} onChange={(event) => api.setColumnsVisible([column], event.target.checked)} />
                {columnLabel(column)}
              </label>
              <button type="button" className="btn btn-icon" aria-label={`上移 ${columnLabel(column)}`} disabled={i === 0} onClick={() => move(i, -1)}>
                ↑
              </button>
              <button type="button" className="btn btn-icon" aria-label={`下移 ${columnLabel(column)}`} disabled={i === columns.length - 1} onClick={() => move(i, 1)}>
                ↓
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="grid-view-row">
        <label>
          冻结前
          <select aria-label="冻结前几列" value={Math.min(frozenCount(api), 5)} onChange={(event) => freeze(Number(event.target.value))}>
            {FREEZE_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          列
        </label>
        <label className="toggle">
          <input type="checkbox" checked={controls.state.copyHeaders} onChange={(event) => controls.setCopyHeaders(event.target.checked)} />
          复制时带表头（Ctrl+Shift+C 总是带表头）
        </label>
      </section>
      <section>
        <h3>已保存的筛选</h3>
        {controls.state.savedFilters.length === 0 ? (
          <p className="grid-view-empty">还没有保存的筛选。先在列标题上设好筛选和排序，再在下面起名保存。</p>
        ) : (
          <ul className="grid-view-filters">
            {controls.state.savedFilters.map((saved) => (
              <li key={saved.name}>
                <span className="grid-view-filter-name">{saved.name}</span>
                <button type="button" className="btn btn-small" onClick={() => controls.applyFilter(saved)}>
                  应用
                </button>
                <button type="button" className="btn btn-small" aria-label={`删除筛选 ${saved.name}`} onClick={() => controls.deleteFilter(saved.name)}>
                  删除
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="grid-view-row">
          <input type="text" value={name} maxLength={40} placeholder="筛选名称，如“未达标人员”" aria-label="筛选名称" onChange={(event) => setName(event.target.value)} />
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              const refused = controls.saveFilter(name);
              setProblem(refused);
              if (refused === null) setName('');
            }}
          >
            保存当前筛选
          </button>
        </div>
        {problem !== null && <p className="grid-view-problem">{problem}</p>}
      </section>
      <footer className="grid-view-row">
        <button type="button" className="btn btn-small" onClick={controls.reset}>
          恢复默认视图
        </button>
        <button type="button" className="btn btn-small" onClick={onClose}>
          关闭
        </button>
      </footer>
    </div>
  );
}
