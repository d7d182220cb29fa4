/**
 * The safety features as a clerk meets them: 撤销/重做 in the top bar and their shortcuts, masked
 * ID and phone cells with the eye that reveals a row, the 设置 view, and the idle lock screen.
 */
import type { Locator, Page } from 'playwright-core';
import type { LedgerGridPage } from './LedgerGridPage';

export const MASKED_ID = /^\d{6}\*{8}\d{3}[\dX]$/;
export const MASKED_MOBILE = /^1\d{2}\*{4}\d{4}$/;

export class SafetyPage {
  constructor(readonly page: Page) {}

  undoButton(): Locator {
    return this.page.getByRole('group', { name: '撤销和重做' }).getByRole('button', { name: '撤销', exact: true });
  }

  redoButton(): Locator {
    return this.page.getByRole('group', { name: '撤销和重做' }).getByRole('button', { name: '重做', exact: true });
  }

  /** Waits until the 撤销 tooltip names a step matching `label`. */
  async waitUndoOffers(label: RegExp): Promise<void> {
    await this.page.waitForFunction(
      ([source, flags]) => {
        const button = Array.from(document.querySelectorAll('.undo-buttons button')).find((b) => b.textContent?.trim() === '撤销') as HTMLButtonElement | undefined;
        return button !== undefined && !button.disabled && new RegExp(source, flags).test(button.title);
      },
      [label.source, label.flags] as const,
    );
  }

  async pressShortcut(keys: 'Control+z' | 'Control+y' | 'Control+Shift+z'): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  async goTo(view: '备份与恢复' | '设置' | '户信息' | '家庭成员'): Promise<void> {
    await this.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: view }).click();
    await this.page.getByRole('heading', { name: view, level: 1 }).waitFor();
  }

  /** Clicks the eye in a masked cell: the row's numbers show in full for 30 seconds. */
  async revealRow(grid: LedgerGridPage, recordId: number, colId: string): Promise<void> {
    await grid.cell(recordId, colId).getByRole('button', { name: '显示完整号码' }).click();
    await grid.cell(recordId, colId).getByRole('button', { name: '隐藏完整号码' }).waitFor();
  }

  async setShowFullNumbers(on: boolean): Promise<void> {
    await this.goTo('设置');
    await this.page.getByRole('checkbox', { name: '显示完整证件号码和电话' }).setChecked(on);
  }

  lockScreen(): Locator {
    return this.page.getByRole('dialog', { name: '台账已锁定' });
  }
}
