/** 备份与恢复: the backup table, 立即备份, 备份到… and 从此备份恢复 with its confirmation. */
import type { Locator, Page } from 'playwright-core';
import { DialogPage } from './DialogPage';

export class BackupPage {
  constructor(readonly page: Page) {}

  table(): Locator {
    return this.page.getByRole('table', { name: '备份列表' });
  }

  rows(): Locator {
    return this.table().locator('tbody tr');
  }

  row(fileName: string): Locator {
    return this.rows().filter({ hasText: fileName });
  }

  rowsWithReason(reason: string): Locator {
    return this.rows().filter({ has: this.page.locator('.status-chip', { hasText: reason }) });
  }

  folder(): Locator {
    return this.page.locator('.backup-folder');
  }

  async backupNow(): Promise<void> {
    await this.page.getByRole('button', { name: '立即备份' }).click();
    await this.page.getByRole('status').filter({ hasText: '已备份' }).waitFor();
  }

  async saveTo(folder: string): Promise<DialogPage> {
    await this.page.getByRole('button', { name: '备份到…' }).click();
    const dialog = new DialogPage(this.page, '备份到…');
    await dialog.fill('文件夹路径', folder);
    await dialog.press('备份');
    return dialog;
  }

  /** Opens 从此备份恢复 for one backup; the caller confirms or cancels the dialog. */
  async openRestore(fileName: string): Promise<DialogPage> {
    await this.page.getByRole('button', { name: `从此备份恢复 ${fileName}` }).click();
    return new DialogPage(this.page, '从此备份恢复');
  }
}
