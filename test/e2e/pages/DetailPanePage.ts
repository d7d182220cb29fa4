/** The detail pane beside a grid: household members, tabs, and the change history. */
import type { Locator, Page } from 'playwright-core';

export class DetailPanePage {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    paneLabel: '户详情' | '成员详情',
  ) {
    this.root = page.getByRole('complementary', { name: paneLabel });
  }

  async openTab(name: RegExp | string): Promise<void> {
    await this.root.getByRole('tab', { name }).click();
  }

  memberNames(): Promise<string[]> {
    return this.root.getByRole('table', { name: '家庭成员' }).locator('tbody tr td:first-child').allInnerTexts();
  }

  history(): Locator {
    return this.root.getByRole('list', { name: '修改记录' });
  }

  async historyTexts(): Promise<string[]> {
    return this.history().locator('li').allInnerTexts();
  }
}
