/**
 * Confirms 从此备份恢复: the whole ledger goes back to the backup's moment. The server first backs
 * up the current ledger (恢复前), so the restore itself can be taken back from that backup.
 * An encrypted backup made under another password (before the password was changed) is refused
 * with a message naming the password; the dialog then asks for the password of that backup.
 */
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import type { ApiOutput } from '../../../shared/api/contract';
import { backupTime, type BackupEntry } from './backup-format';

export type RestoreResult = ApiOutput<'backup.restore'>;

export function RestoreBackupDialog({ backup, onClose, onRestored }: { backup: BackupEntry; onClose(): void; onRestored(result: RestoreResult): void }) {
  const submit = useSubmitAction();
  const [password, setPassword] = useState('');
  const passwordId = useId();
  const asksPassword = password !== '' || (submit.error?.includes('设置了密码') ?? false);
  return (
    <Dialog
      title="从此备份恢复"
      onSubmit={() => submit.run(() => api.call('backup.restore', { path: backup.path, ...(password ? { password } : {}) }), onRestored)}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose} autoFocus disabled={submit.busy}>
            取消
          </button>
          <button type="submit" className="btn btn-danger" disabled={submit.busy}>
            {submit.busy ? '正在恢复…' : '确认恢复'}
          </button>
        </>
      }
    >
      <p className="confirm-text">
        确认把整个台账恢复到 <strong>{backupTime(backup)}</strong> 的备份（{backup.reason}）？
      </p>
      <p className="confirm-note">
        恢复前会先自动备份当前台账（备份原因“恢复前”），如果恢复错了，可以再从那份备份恢复回来。这份备份之后的所有修改和导入都会从台账中消失。
      </p>
      <p className="confirm-note">
        备份文件：<span className="mono">{backup.fileName}</span>
      </p>
      {asksPassword && (
        <p className="confirm-note">
          <label htmlFor={passwordId}>这份备份的密码：</label>
          <input id={passwordId} type="password" autoComplete="off" maxLength={128} value={password} onChange={(event) => setPassword(event.target.value)} />
        </p>
      )}
      <FormError text={submit.error} />
    </Dialog>
  );
}
