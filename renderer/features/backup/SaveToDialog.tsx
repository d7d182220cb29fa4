/**
 * 备份到…: a copy of the ledger into a folder the clerk names (a USB stick, a shared drive). There
 * is no folder picker in browser mode, so the path is typed or pasted.
 */
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import type { BackupEntry } from './backup-format';

export function SaveToDialog({ onClose, onSaved }: { onClose(): void; onSaved(entry: BackupEntry, folder: string): void }) {
  const [folder, setFolder] = useState('');
  const submit = useSubmitAction();
  const id = useId();
  const trimmed = folder.trim();

  return (
    <Dialog
      title="备份到…"
      onClose={onClose}
      onSubmit={() => {
        if (trimmed !== '') submit.run(() => api.call('backup.saveTo', { folder: trimmed }), (entry) => onSaved(entry, trimmed));
      }}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={submit.busy}>
            取消
          </button>
          <button type="submit" className="btn btn-primary" disabled={submit.busy || trimmed === ''}>
            {submit.busy ? '正在备份…' : '备份'}
          </button>
        </>
      }
    >
      <p className="confirm-text">把当前台账完整复制一份到指定文件夹，例如 U 盘或单位共享盘。台账本身不受影响。</p>
      <div className="form-field">
        <label htmlFor={id}>文件夹路径</label>
        <input id={id} value={folder} autoFocus spellCheck={false} placeholder="例如 E:\ 或 /media/usb" aria-describedby={`${id}-hint`} onChange={(event) => setFolder(event.target.value)} />
        <div id={`${id}-hint`} className="field-hint">
          在文件管理器中打开 U 盘，复制地址栏中的路径粘贴到这里。
        </div>
      </div>
      <FormError text={submit.error} />
    </Dialog>
  );
}
