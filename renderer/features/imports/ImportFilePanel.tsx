/** The 导入文件 tab: whichever step the staged import is at. */
import { ColumnMappingPanel } from './ColumnMappingPanel';
import { CommitDone } from './CommitDone';
import { DropOverlay } from './DropOverlay';
import { DropZone } from './DropZone';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { UploadProgress } from './UploadProgress';
import type { ImportSession } from './useImportSession';

export interface ImportFilePanelProps {
  session: ImportSession;
  dragging: boolean;
  onFile(file: File): void;
  onOpenHouseholds(): void;
  onOpenHistory(): void;
}

export function ImportFilePanel({ session, dragging, onFile, onOpenHouseholds, onOpenHistory }: ImportFilePanelProps) {
  const { step } = session;
  return (
    <div className="import-file-panel">
      {step.kind === 'choose' && <DropZone dragging={dragging} onFile={onFile} />}
      {step.kind === 'reading' && <UploadProgress fileName={step.fileName} phase={step.phase} percent={step.percent} onCancel={session.cancelReading} />}
      {step.kind === 'preview' && <ImportPreviewPanel preview={step.preview} session={session} />}
      {step.kind === 'mapping' && (
        <ColumnMappingPanel
          key={step.sheet}
          preview={step.preview}
          sheetName={step.sheet}
          busy={session.busy === 'remap'}
          onSubmit={session.remap}
          onCancel={session.closeMapping}
          onDiscard={session.discard}
        />
      )}
      {step.kind === 'done' && (
        <CommitDone
          preview={step.preview}
          result={step.result}
          receiptBusy={session.busy === 'receipt'}
          onReceipt={session.downloadReceipt}
          onOpenHouseholds={onOpenHouseholds}
          onOpenHistory={onOpenHistory}
          onNext={session.startOver}
        />
      )}
      {dragging && step.kind !== 'choose' && <DropOverlay replacing={step.kind === 'preview' || step.kind === 'mapping'} />}
    </div>
  );
}
