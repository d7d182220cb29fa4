/**
 * The first step: a large target for the village's file. Clicking opens the file chooser; a drop
 * lands on the window listener (useWindowFileDrop), which also catches drops beside the zone.
 */
import { useId, useRef } from 'react';
import { ACCEPT_ATTRIBUTE } from './file-kinds';

export function DropZone({ dragging, onFile }: { dragging: boolean; onFile(file: File): void }) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  return (
    <div className="import-choose">
      <button type="button" className={`drop-zone${dragging ? ' is-dragging' : ''}`} aria-describedby={hintId} onClick={() => input.current?.click()}>
        <svg className="drop-zone-icon" viewBox="0 0 48 48" aria-hidden="true">
          <path d="M12 6h17l9 9v27H12z" fill="#fff" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
          <path d="M29 6v9h9" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
          <path d="M17 22h16M17 28h16M17 34h16M23 22v12" stroke="currentColor" strokeWidth="1.6" opacity="0.55" />
          <circle cx="36" cy="36" r="8" fill="currentColor" />
          <path d="M36 40.5v-9M32 35l4-4 4 4" fill="none" stroke="#fff" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="drop-zone-title">{dragging ? '松开鼠标即可读取这个文件' : '把村里报送的 Excel 表拖到这里，或点击选择文件'}</span>
        <span className="drop-zone-hint" id={hintId}>
          支持 .xlsx、.xls（含 WPS 表格）、.csv、.ods，单个文件不超过 60 MB
        </span>
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT_ATTRIBUTE}
        className="visually-hidden"
        aria-label="选择要导入的文件"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again (after correcting it) still fires a change.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <ol className="import-steps" aria-label="导入步骤">
        <li>
          <span className="import-step-no">1</span>
          <strong>选择文件</strong>
          <span>自动找到表头行：标题、填报单位、合并的分组表头和表尾签名都能跳过</span>
        </li>
        <li>
          <span className="import-step-no">2</span>
          <strong>检查预览</strong>
          <span>新增、更新、错误逐行列出；此时台账还没有任何改动</span>
        </li>
        <li>
          <span className="import-step-no">3</span>
          <strong>确认导入</strong>
          <span>整个文件作为一批写入台账；导错了可以在“导入记录”中撤销</span>
        </li>
      </ol>
    </div>
  );
}
