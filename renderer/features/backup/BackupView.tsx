/**
 * 备份与恢复: where the ledger's backups are kept, every backup in that folder (automatic ones
 * each day, before an import, before a restore or an upgrade, and the clerk's own), 立即备份,
 * 备份到… (a USB stick) and 从此备份恢复. A restore changes the whole ledger, so it fires the
 * ledger signal and every view reloads.
 */
import { useEffect, useState } from 'react';
import { api, ApiCallError } from '../../api/client';
import { MessageBar } from '../../components/MessageBar';
import { useLedgerSignal } from '../../hooks/useLedgerSignal';
import { useMessage } from '../../hooks/useMessage';
import type { BackupEntry } from './backup-format';
import { BackupTable } from './BackupTable';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { RotationSettings } from './RotationSettings';
import { SaveToDialog } from './SaveToDialog';
import { useBackups } from './useBackups';

export function BackupView() {
  const list = useBackups();
  const message = useMessage();
  const [creating, setCreating] = useState(false);
  // Pushed by the window's main process while a backup is written (not in browser mode).
  const [progress, setProgress] = useState<number | null>(null);
  useEffect(() => api.onEvent('backup.progress', ({ fraction }) => setProgress(fraction < 1 ? fraction : null)), []);
  const { changed } = useLedgerSignal();
  const [dialog, setDialog] = useState<{ kind: 'saveTo' } | { kind: 'restore'; backup: BackupEntry } | null>(null);
  const backups = list.data?.backups ?? null;

  const backupNow = () => {
    setCreating(true);
    api
      .call('backup.create', {})
      .then((entry) => {
        message.success(`已备份：${entry.fileName}`);
        list.reload();
      })
      .catch((error: unknown) => message.error(error instanceof ApiCallError ? error.message : '备份没有完成，请重试'))
      .finally(() => {
        setCreating(false);
        setProgress(null);
      });
  };

  return (
    <section className="view" aria-label="备份与恢复">
      <div className="view-toolbar">
        <h1 className="view-title">备份与恢复</h1>
        <span className="view-count" aria-live="polite">
          {backups === null ? '' : `共 ${backups.length} 份`}
        </span>
        <div className="toolbar-spacer" />
        <button type="button" className="btn" onClick={() => setDialog({ kind: 'saveTo' })}>
          备份到…
        </button>
        {creating && progress !== null && <progress className="backup-progress" max={1} value={progress} aria-label="备份进度" />}
        <button type="button" className="btn btn-primary" disabled={creating} onClick={backupNow}>
          {creating ? (progress !== null ? `正在备份 ${Math.floor(progress * 100)}%` : '正在备份…') : '立即备份'}
        </button>
      </div>
      <MessageBar message={message.current} onClose={message.clear} />
      <div className="backup-body">
        <p className="backup-folder">
          备份文件夹：<span className="mono">{list.data?.dir ?? '…'}</span>
        </p>
        <p className="backup-note">守底台账每天自动备份一次，导入和恢复之前也会先备份。重要操作前可以再点“立即备份”；定期用“备份到…”复制一份到 U 盘，电脑坏了也不丢台账。台账设置了密码时，备份也是加密的，恢复时需要做备份时的密码。</p>
        <RotationSettings onSaved={message.success} onError={message.error} />
        {list.error !== null && <p className="pane-error">{list.error}</p>}
        {backups === null ? list.error === null && <p className="pane-empty">正在读取备份…</p> : <BackupTable backups={backups} onRestore={(backup) => setDialog({ kind: 'restore', backup })} />}
      </div>
      {dialog?.kind === 'saveTo' && (
        <SaveToDialog
          onClose={() => setDialog(null)}
          onSaved={(entry, folder) => {
            setDialog(null);
            message.success(`已备份到 ${folder}：${entry.fileName}`);
          }}
        />
      )}
      {dialog?.kind === 'restore' && (
        <RestoreBackupDialog
          backup={dialog.backup}
          onClose={() => setDialog(null)}
          onRestored={(result) => {
            setDialog(null);
            changed({ tone: 'success', text: `已从 ${dialog.backup.fileName} 恢复台账。恢复前的台账已备份为 ${result.safetyBackup.fileName}` });
          }}
        />
      )}
    </section>
  );
}
