/** How backups read to a clerk: size in MB, a coloured chip per reason, the confirmation texts. */
import type { BackupEntryShape } from '../../../shared/api/backup-contract';

export type BackupEntry = BackupEntryShape;

/** 1 234 567 bytes -> "1.18 MB"; tiny files still read as MB (0.01 MB), the unit clerks know. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (bytes > 0 && mb < 0.01) return '0.01 MB';
  return `${mb.toFixed(2)} MB`;
}

const REASON_CHIP: Record<string, string> = {
  手动: 'chip-ok',
  导入前: 'chip-warn',
  恢复前: 'chip-danger',
  升级前: 'chip-warn',
  每日: 'chip-muted',
};

export function reasonChipClass(reason: string): string {
  return REASON_CHIP[reason] ?? 'chip-muted';
}

/** "2024-03-05 14:07:09" stays as the server wrote it (local time, to the second). */
export function backupTime(entry: Pick<BackupEntry, 'createdAt'>): string {
  return entry.createdAt;
}
