/**
 * 收支 grid. Cells and editing work as in every ledger grid; its count reads "共 N 条" (records,
 * not households) and its search box names 户主姓名, so those two are its own.
 */
import type { Locator, Page } from 'playwright-core';
import { LedgerGridPage } from './LedgerGridPage';

export const INCOME_SEARCH = '搜索 户编号 / 户主姓名 / 证件号码';

export class IncomeGridPage extends LedgerGridPage {
  constructor(page: Page) {
    // The unit is only used by the two methods overridden below.
    super(page, '收支列表', '户');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '收支' }).click();
    await this.page.getByRole('heading', { name: '收支', level: 1 }).waitFor();
  }

  override async total(): Promise<number> {
    const text = await this.page.locator('.view-count').innerText();
    const match = /共 (\d+) 条/.exec(text);
    if (!match) throw new Error(`No total in "${text}"`);
    return Number(match[1]);
  }

  override async search(text: string, expectedTotal?: number): Promise<void> {
    await this.page.getByPlaceholder(INCOME_SEARCH).fill(text);
    if (expectedTotal !== undefined) await this.page.locator('.view-count').filter({ hasText: `共 ${expectedTotal} 条` }).waitFor();
    await this.waitForRows();
  }

  perCapita(recordId: number): Locator {
    return this.cell(recordId, 'perCapita');
  }
}
