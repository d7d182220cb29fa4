/**
 * 就业台账 grid. Cells and editing work as in every ledger grid (rows by member id, cells by field
 * key); its toolbar has the month picker and the village / 务工区域 / 就业渠道 / 需求 selects.
 */
import type { Locator, Page } from 'playwright-core';
import { LedgerGridPage } from './LedgerGridPage';

export class EmploymentGridPage extends LedgerGridPage {
  constructor(page: Page) {
    super(page, '就业台账列表', '人');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '就业台账' }).click();
    await this.page.getByRole('heading', { name: '就业台账', level: 1 }).waitFor();
  }

  async chooseMonth(month: string): Promise<void> {
    const group = this.page.getByRole('group', { name: '台账月份' });
    await group.getByLabel('台账月份（年）').selectOption(month.slice(0, 4));
    await group.getByLabel('台账月份（月）').selectOption(month.slice(5, 7));
  }

  async pick(select: '村' | '务工区域' | '就业渠道' | '需求', option: string): Promise<void> {
    await this.page.locator('.view-toolbar').getByRole('combobox', { name: select, exact: true }).selectOption({ label: option });
  }

  /** Double-click a select cell and choose an option (是否务工, 务工区域, 就业渠道 …). */
  async editChoice(recordId: number, colId: string, option: string): Promise<void> {
    const cell = this.cell(recordId, colId);
    await cell.dblclick();
    const select = this.page.locator('.ag-cell-editor select, .ag-select').first();
    await select.waitFor();
    await this.page.keyboard.type(option);
    await this.page.keyboard.press('Enter');
  }

  exportButton(sheet: '需求表' | '落实情况表' | '返乡回流台账'): Locator {
    return this.page.getByRole('button', { name: `导出${sheet}`, exact: true });
  }

  message(): Locator {
    return this.page.locator('.message-bar');
  }
}
