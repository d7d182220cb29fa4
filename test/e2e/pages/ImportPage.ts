/**
 * 数据导入 as a clerk uses it: open the view and its tabs, hand it a file (file chooser, or a drop
 * carrying a real File in a DataTransfer), read the preview, and press its buttons.
 */
import type { Locator, Page } from 'playwright-core';
import { ImportMonthField } from './ImportMonthField';

export type ImportTab = '导入文件' | '导入记录' | '报送情况';

export class ImportPage {
  constructor(readonly page: Page) {}

  async open(tab: ImportTab = '导入文件'): Promise<void> {
    await this.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '数据导入' }).click();
    await this.page.getByRole('heading', { name: '数据导入', level: 1 }).waitFor();
    await this.openTab(tab);
  }

  async openTab(tab: ImportTab): Promise<void> {
    await this.page.getByRole('tablist', { name: '数据导入' }).getByRole('tab', { name: tab }).click();
  }

  dropZone(): Locator {
    return this.page.locator('.drop-zone');
  }

  /** The hidden <input type=file> behind the drop zone. */
  async chooseFile(path: string): Promise<void> {
    await this.page.getByLabel('选择要导入的文件').setInputFiles(path);
  }

  /** Drags a file over `target` and drops it there, as the operating system would. */
  async dropFile(target: Locator, fileName: string, bytes: Uint8Array): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, base64 }) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], name));
        return transfer;
      },
      { name: fileName, base64: Buffer.from(bytes).toString('base64') },
    );
    for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer });
  }

  /** Waits for the preview of `fileName`. */
  async waitForPreview(fileName: string): Promise<void> {
    await this.page.locator('.preview-file-name', { hasText: fileName }).waitFor();
  }

  previewHead(): Locator {
    return this.page.locator('.preview-head');
  }

  /** A big number of the preview (读取 / 新增 / 更新 / 未变 / 有错误). */
  async count(label: '读取' | '新增' | '更新' | '未变' | '有错误'): Promise<number> {
    const text = await this.page.locator('.count-tile').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('.count-value').innerText();
    return Number(text);
  }

  month(): ImportMonthField {
    return new ImportMonthField(this.previewHead().getByRole('group', { name: '报送月份' }));
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The sentence beside 确认导入 (why it is disabled, or what it will do). */
  footerReason(): Locator {
    return this.page.locator('.import-footer-reason');
  }

  errors(): Locator {
    return this.page.getByRole('region', { name: '错误列表' });
  }

  changes(): Locator {
    return this.page.getByRole('region', { name: '变更明细' });
  }

  result(): Locator {
    return this.page.getByRole('region', { name: '导入结果' });
  }

  message(): Locator {
    return this.page.locator('.message-bar');
  }
}
