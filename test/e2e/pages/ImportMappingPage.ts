/** The mapping step (调整列对应): template, header row, and the field of each sheet column. */
import type { Locator, Page } from 'playwright-core';

export class ImportMappingPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '调整列对应' });
  }

  async waitOpen(): Promise<void> {
    await this.heading.waitFor();
  }

  /** The select of a column, addressed by its letter and header text. */
  column(letter: string, header: string): Locator {
    return this.page.getByLabel(`第 ${letter} 列“${header}”对应`);
  }

  async map(letter: string, header: string, field: string): Promise<void> {
    await this.column(letter, header).selectOption({ label: field });
  }

  async selectedField(letter: string, header: string): Promise<string> {
    return this.column(letter, header).evaluate((select) => {
      const element = select as HTMLSelectElement;
      return element.selectedOptions[0]?.textContent ?? '';
    });
  }

  template(): Locator {
    return this.page.getByLabel('模板');
  }

  headerRow(): Locator {
    return this.page.getByLabel('表头在第几行');
  }

  async apply(): Promise<void> {
    await this.page.getByRole('button', { name: '应用列对应' }).click();
  }
}
