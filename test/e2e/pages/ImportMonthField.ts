/** The 年/月 selects of a month picker (报送月份), read and set as YYYY-MM. */
import type { Locator } from 'playwright-core';

export class ImportMonthField {
  readonly year: Locator;
  readonly month: Locator;

  constructor(readonly root: Locator) {
    this.year = root.locator('select').nth(0);
    this.month = root.locator('select').nth(1);
  }

  /** YYYY-MM, or '' while either part is unset. */
  async value(): Promise<string> {
    const [year, month] = [await this.year.inputValue(), await this.month.inputValue()];
    return year === '' || month === '' ? '' : `${year}-${month}`;
  }

  async choose(month: string): Promise<void> {
    await this.year.selectOption(month.slice(0, 4));
    await this.month.selectOption(month.slice(5, 7));
  }
}
