/**
 * The decision bar under the preview. 确认导入 stays disabled while anything blocks it, and the
 * reason is written beside it (and tied to it for screen readers), never left to guesswork.
 */
import { useId, useState } from 'react';
import type { ImportPreview } from '../../../shared/api/imports-contract';
import { AcceptValidDialog } from './AcceptValidDialog';
import { canAcceptValid, commitBlockReason } from './preview-rules';
import type { ImportBusy } from './useImportSession';

export interface ImportActionsProps {
  preview: ImportPreview;
  busy: ImportBusy;
  onCommit(acceptValid: boolean): void;
  onReceipt(): void;
  onDiscard(): void;
}

function readyText(preview: ImportPreview): string {
  const { inserted, updated, unchanged } = preview.counts;
  return `将新增 ${inserted} 行、更新 ${updated} 行${unchanged > 0 ? `，${unchanged} 行没有变化不会改动` : ''}。导入后可在“导入记录”中撤销。`;
}

export function ImportActions({ preview, busy, onCommit, onReceipt, onDiscard }: ImportActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const reasonId = useId();
  const blocked = commitBlockReason(preview);
  const working = busy !== null;
  return (
    <footer className="import-footer">
      <p id={reasonId} className={`import-footer-reason${blocked === null ? '' : ' is-blocked'}`}>
        {blocked ?? readyText(preview)}
      </p>
      <button type="button" className="btn" disabled={working} onClick={onDiscard}>
        {busy === 'cancel' ? '正在取消…' : '取消'}
      </button>
      {preview.counts.rejected > 0 && (
        <button type="button" className="btn" disabled={working} onClick={onReceipt}>
          {busy === 'receipt' ? '正在生成回执…' : '下载错误回执'}
        </button>
      )}
      {canAcceptValid(preview) && (
        <button type="button" className="btn" disabled={working} onClick={() => setConfirming(true)}>
          只导入有效行
        </button>
      )}
      <button type="button" className="btn btn-primary" disabled={blocked !== null || working} aria-describedby={reasonId} onClick={() => onCommit(false)}>
        {busy === 'commit' ? '正在导入…' : '确认导入'}
      </button>
      {confirming && (
        <AcceptValidDialog
          preview={preview}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onCommit(true);
          }}
        />
      )}
    </footer>
  );
}
