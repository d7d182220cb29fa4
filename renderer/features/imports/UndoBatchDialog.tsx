/**
 * Confirms undoing an import batch. A refusal (a record of the batch was edited afterwards) is
 * handed to the view's message line, which says which record and what to do.
 */
import { useState } from 'react';
import type { ImportBatch } from '../../../shared/api/imports-contract';
import { api, ApiCallError } from '../../api/client';
import { Dialog } from '../../components/Dialog';

export interface UndoBatchDialogProps {
  batch: ImportBatch;
  onUndone(batch: ImportBatch): void;
  onFailed(message: string): void;
  onClose(): void;
}

export function UndoBatchDialog({ batch, onUndone, onFailed, onClose }: UndoBatchDialogProps) {
  const [busy, setBusy] = useState(false);
  const submit = () => {
    if (busy) return;
    setBusy(true);
    api
      .call('imports.undo', { batchId: batch.id })
      .then(onUndone)
      .catch((error: unknown) => onFailed(error instanceof ApiCallError ? error.message : '撤销没有完成，台账未改动，请重试'));
  };
  return (
    <Dialog
      title="撤销导入"
      onSubmit={submit}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose} autoFocus>
            返回
          </button>
          <button type="submit" className="btn btn-danger" disabled={busy}>
            {busy ? '正在撤销…' : '确认撤销'}
          </button>
        </>
      }
    >
      <p className="confirm-text">
        撤销第 <strong>{batch.id}</strong> 批导入“{batch.fileName}”？
      </p>
      <p className="confirm-text">
        撤销后台账恢复到导入前：这批新增的 {batch.counts.inserted} 行（以及随之新建的户）将被删除，更新的 {batch.counts.updated} 行恢复为导入前的内容。
      </p>
      <p className="confirm-note">如果导入之后又修改过这些记录，将不能撤销，系统会指出是哪一条修改。撤销后这一批仍留在导入记录中，标为“已撤销”。</p>
    </Dialog>
  );
}
