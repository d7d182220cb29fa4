/** Shown over a preview while a file is dragged onto the window: what letting go will do. */
export function DropOverlay({ replacing }: { replacing: boolean }) {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-box">
        <strong>松开鼠标导入这个文件</strong>
        {replacing && <span>当前预览将被放弃，台账不会有任何改动</span>}
      </div>
    </div>
  );
}
