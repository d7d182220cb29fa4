import { backupTime, formatMegabytes, reasonChipClass, type BackupEntry } from './backup-format';

/** The backups, newest first: time, why it was made, size, file; 从此备份恢复 per row. */
export function BackupTable({ backups, onRestore }: { backups: BackupEntry[]; onRestore(backup: BackupEntry): void }) {
  if (backups.length === 0) return <p className="pane-empty">备份文件夹中还没有备份。点“立即备份”做第一份。</p>;
  return (
    <table className="backup-table" aria-label="备份列表">
      <thead>
        <tr>
          <th>备份时间</th>
          <th>原因</th>
          <th className="num">大小</th>
          <th>文件名</th>
          <th aria-label="操作" />
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.path}>
            <td className="mono">{backupTime(backup)}</td>
            <td>
              <span className={`status-chip ${reasonChipClass(backup.reason)}`}>{backup.reason}</span>
            </td>
            <td className="num">{formatMegabytes(backup.bytes)}</td>
            <td className="mono file-name">{backup.fileName}</td>
            <td className="actions">
              <button type="button" className="btn btn-small" onClick={() => onRestore(backup)} aria-label={`从此备份恢复 ${backup.fileName}`}>
                从此备份恢复
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
