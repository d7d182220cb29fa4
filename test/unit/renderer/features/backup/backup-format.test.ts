import { describe, expect, it } from 'vitest';
import { formatMegabytes, reasonChipClass } from '../../../../../renderer/features/backup/backup-format';

describe('backups as a clerk reads them', () => {
  it('shows sizes in MB with two decimals', () => {
    expect(formatMegabytes(1024 * 1024)).toBe('1.00 MB');
    expect(formatMegabytes(5_505_024)).toBe('5.25 MB');
  });

  it('never shows a small backup as 0.00 MB', () => {
    expect(formatMegabytes(4096)).toBe('0.01 MB');
    expect(formatMegabytes(0)).toBe('0.00 MB');
  });

  it('marks a 恢复前 backup in red and the clerk’s own in green', () => {
    expect(reasonChipClass('恢复前')).toBe('chip-danger');
    expect(reasonChipClass('手动')).toBe('chip-ok');
    expect(reasonChipClass('每日')).toBe('chip-muted');
    expect(reasonChipClass('未知原因')).toBe('chip-muted');
  });
});
