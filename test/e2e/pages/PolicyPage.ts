/** 政策标准 view: the year list, 新增年度, the year's form and its warning-line rows. */
import type { Locator, Page } from 'playwright-core';

export class PolicyPage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator('form.policy-editor');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '政策标准' }).click();
    await this.waitOpen();
  }

  async waitOpen(): Promise<void> {
    await this.page.getByRole('heading', { name: '政策标准', level: 1 }).waitFor();
    await this.form.waitFor();
  }

  years(): Promise<string[]> {
    return this.page.getByRole('list', { name: '政策年度' }).locator('.policy-year-name').allInnerTexts();
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  lineRows(): Locator {
    return this.page.getByRole('table', { name: '收入预警线' }).locator('tbody tr:not(.helper-row):not(.error-row)');
  }

  lineInput(index: number, what: '起始月份' | '结束月份' | '预警线（元）' | '依据'): Locator {
    return this.page.getByLabel(`第 ${index + 1} 段${what}`, { exact: true });
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: /^保存 \d+ 年政策标准$/ }).click();
  }

  serverError(): Locator {
    return this.form.locator('.form-error');
  }
}
