/** 就业服务: the quarter's labourers with needs and their 1/1/3 standing. */
import type { Locator, Page } from 'playwright-core';

export class EmploymentServicesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '就业服务' }).click();
    await this.page.getByRole('heading', { name: '就业服务', level: 1 }).waitFor();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: '服务达标名单' });
  }

  rowOf(name: string): Locator {
    return this.table().locator('tbody tr').filter({ has: this.page.locator('.standing-name', { hasText: name }) });
  }
}
