/**
 * The preview of a staged import: what the file is, what it would do to the ledger, what is wrong
 * with it, and the change list — with the decision buttons fixed at the bottom. Nothing here has
 * touched the ledger yet.
 */
import type { ImportPreview } from '../../../shared/api/imports-contract';
import { ChangeList } from './ChangeList';
import { CountTiles } from './CountTiles';
import { ImportActions } from './ImportActions';
import { IssueTable } from './IssueTable';
import { PreviewSummary } from './PreviewSummary';
import type { ImportSession } from './useImportSession';

export function ImportPreviewPanel({ preview, session }: { preview: ImportPreview; session: ImportSession }) {
  const rejectedRows = preview.counts.rejected;
  return (
    <div className="import-stage">
      <div className="import-scroll">
        <PreviewSummary preview={preview} monthBusy={session.busy === 'month'} onMonth={session.setMonth} onOpenMapping={session.openMapping} />
        {preview.templateId !== null && <CountTiles preview={preview} />}
        {preview.errorCount > 0 && (
          <IssueTable
            tone="error"
            title="错误"
            summary={`${preview.errorCount} 处，涉及 ${rejectedRows} 行；这些行不能导入`}
            issues={preview.errors}
            total={preview.errorCount}
          />
        )}
        {preview.warningCount > 0 && (
          <IssueTable tone="warning" title="提示" summary={`${preview.warningCount} 处，不影响导入，请核对`} issues={preview.warnings} total={preview.warningCount} />
        )}
        {preview.templateId !== null && preview.changeCount > 0 && <ChangeList sessionId={preview.sessionId} revision={session.revision} />}
        {preview.templateId !== null && preview.changeCount === 0 && preview.counts.read > preview.counts.rejected && (
          <p className="notice">文件中的内容与台账完全一致：导入不会改动任何数据，只会记下这个村本月已报送。</p>
        )}
      </div>
      <ImportActions
        preview={preview}
        busy={session.busy}
        onCommit={session.commit}
        onReceipt={session.downloadReceipt}
        onDiscard={session.discard}
      />
    </div>
  );
}
