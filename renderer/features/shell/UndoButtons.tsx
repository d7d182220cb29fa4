import { stepTooltip } from './undo-label';
import type { UndoRedo } from './useUndoRedo';

function UndoIcon({ flip }: { flip: boolean }) {
  return (
    <svg className="undo-icon" viewBox="0 0 16 16" aria-hidden="true" style={flip ? { transform: 'scaleX(-1)' } : undefined}>
      <path d="M5.5 3.5 2.5 6.5l3 3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M3 6.5h6.5a3.5 3.5 0 0 1 0 7H7" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

/** 撤销 / 重做 in the top bar; the tooltip names the step ("撤销：修改 张三 的 劳动技能"). */
export function UndoButtons({ undo }: { undo: UndoRedo }) {
  const next = undo.state?.undo ?? null;
  const again = undo.state?.redo ?? null;
  return (
    <div className="undo-buttons" role="group" aria-label="撤销和重做">
      <button
        type="button"
        className="top-button"
        disabled={next === null || undo.busy}
        title={next === null ? '没有可撤销的操作' : `${stepTooltip('undo', next.label)}（Ctrl+Z）`}
        onClick={() => undo.run('undo')}
      >
        <UndoIcon flip={false} />
        撤销
      </button>
      <button
        type="button"
        className="top-button"
        disabled={again === null || undo.busy}
        title={again === null ? '没有可重做的操作' : `${stepTooltip('redo', again.label)}（Ctrl+Y）`}
        onClick={() => undo.run('redo')}
      >
        <UndoIcon flip />
        重做
      </button>
    </div>
  );
}
