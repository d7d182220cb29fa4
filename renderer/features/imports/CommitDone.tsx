/** After a commit: what went in, under which batch number, and where to go next. */
import type { ImportPreview } from '../../../shared/api/imports-contract';
import { monthLabel } from './import-format';
import type { CommitResult } from './useImportSession';

export interface CommitDoneProps {
  preview: ImportPreview;
  result: CommitResult;
  receiptBusy: boolean;
  onReceipt(): void;
  onOpenHouseholds(): void;
  onOpenHistory(): void;
  onNext(): void;
}

export function CommitDone({ preview, result, receiptBusy, onReceipt, onOpenHouseholds, onOpenHistory, onNext }: CommitDoneProps) {
  const { inserted, updated, unchanged, rejected } = result.counts;
  return (
    <div className="import-done" role="region" aria-label="导入结果">
      <svg className="import-done-icon" viewBox="0 0 40 40" aria-hidden="true">
        <circle cx="20" cy="20" r="18" fill="currentColor" />
        <path d="M12 20.5l5.5 5.5L28.5 15" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <h2 className="import-done-title">导入完成</h2>
      <p className="import-done-sub">
        “{preview.fileName}”已作为<strong>第 {result.batchId} 批</strong>写入台账 · 报送月份 {monthLabel(preview.reportMonth)}
      </p>
      <dl className="done-counts">
        <div>
          <dt>新增</dt>
          <dd>{inserted}</dd>
        </div>
        <div>
          <dt>更新</dt>
          <dd>{updated}</dd>
        </div>
        <div>
          <dt>未变</dt>
          <dd>{unchanged}</dd>
        </div>
        {rejected > 0 && (
          <div className="is-error">
            <dt>未导入（有错误）</dt>
            <dd>{rejected}</dd>
          </div>
        )}
      </dl>
      {rejected > 0 && (
        <p className="notice notice-warn">
          有 {rejected} 行因错误没有导入，请把错误回执交村里更正后重新报送。
          <button type="button" className="link-button" disabled={receiptBusy} onClick={onReceipt}>
            {receiptBusy ? '正在生成…' : '下载错误回执'}
          </button>
        </p>
      )}
      <div className="import-done-actions">
        <button type="button" className="btn btn-primary" onClick={onOpenHouseholds}>
          查看户信息
        </button>
        <button type="button" className="btn" onClick={onOpenHistory}>
          查看导入记录
        </button>
        <button type="button" className="btn" onClick={onNext}>
          导入下一个文件
        </button>
      </div>
      <p className="confirm-note">导错了？在“导入记录”中撤销第 {result.batchId} 批，台账即恢复到导入前。</p>
    </div>
  );
}
