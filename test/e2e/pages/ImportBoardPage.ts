/** 报送情况: the month, the deadline, and each village's status chip. */
import type { Locator, Page } from 'playwright-core';
import { ImportMonthField } from './ImportMonthField';

export class ImportBoardPage {
  constructor(readonly page: Page) {}

  month(): ImportMonthField {
    return new ImportMonthField(this.page.locator('.panel-toolbar').getByRole('group', { name: '报送月份' }));
  }

  deadline(): Locator {
    return this.page.locator('.board-deadline');
  }

  summary(): Locator {
    return this.page.getByLabel('报送统计');
  }

  table(): Locator {
    return this.page.locator('.board-table');
  }

  /** The status chip text of a village's row. */
  async status(village: string): Promise<string> {
    const row = this.table().locator('tbody tr').filter({ has: this.page.locator('td', { hasText: new RegExp(`^${village}$`) }) });
    return row.locator('.status-chip').innerText();
  }

  async statuses(): Promise<string[]> {
    return this.table().locator('tbody .status-chip').allInnerTexts();
  }
}
