/** 数据筛查 view: counts, rule filter, finding cards with 打开记录 / 标记已核实, 重新筛查. */
import type { Locator, Page } from 'playwright-core';

export class ChecksPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '数据筛查' }).click();
    await this.page.getByRole('heading', { name: '数据筛查', level: 1 }).waitFor();
    await this.page.locator('.checks-total').waitFor();
  }

  async chooseRule(ruleName: string): Promise<void> {
    await this.page.getByRole('combobox', { name: '筛查规则' }).selectOption({ label: ruleName });
  }

  /** The cards of one household under one rule. */
  cards(ruleName: string, householdNo: string): Locator {
    return this.page.getByRole('listitem', { name: `${ruleName}：${householdNo}` });
  }

  total(): Locator {
    return this.page.locator('.checks-total');
  }
}
