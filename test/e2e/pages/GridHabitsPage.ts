/**
 * The spreadsheet habits of a ledger grid as a clerk uses them: clicking a cell, pressing keys,
 * pasting clipboard text from Excel (a real paste event carrying text/plain, as Chromium fires it
 * for Ctrl+V), reading what Ctrl+C put on the clipboard, the 视图 menu and the paste summary.
 */
import type { Locator, Page } from 'playwright-core';
import type { LedgerGridPage } from './LedgerGridPage';

export class GridHabitsPage {
  constructor(
    readonly page: Page,
    readonly grid: LedgerGridPage,
  ) {}

  /** The cell at a grid row index (the view's order) and column. */
  cellAt(rowIndex: number, colId: string): Locator {
    return this.grid.root.locator(`.ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${colId}"]`);
  }

  async focusedCell(): Promise<{ rowIndex: number; colId: string } | null> {
    return this.page.evaluate(() => {
      const cell = document.activeElement?.closest('.ag-cell');
      const row = cell?.closest('.ag-row');
      if (!cell || !row) return null;
      return { rowIndex: Number(row.getAttribute('row-index')), colId: cell.getAttribute('col-id') ?? '' };
    });
  }

  /** Pastes text into the focused cell the way Chromium delivers Ctrl+V: a paste event with text/plain. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((clip) => {
      const data = new DataTransfer();
      data.setData('text/plain', clip);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  /** Presses a copy shortcut and returns the text the grid put on the clipboard. */
  async copyWith(shortcut: string): Promise<string> {
    await this.page.evaluate(() => {
      const w = window as unknown as { copied?: string };
      w.copied = undefined;
      window.addEventListener('copy', (event) => {
        w.copied = event.clipboardData?.getData('text/plain');
      }, { once: true });
    });
    await this.page.keyboard.press(shortcut);
    return this.page.waitForFunction(() => (window as unknown as { copied?: string }).copied).then((h) => h.jsonValue() as Promise<string>);
  }

  rangeCellCount(): Promise<number> {
    return this.grid.root.locator('.ag-cell.cell-in-range').count();
  }

  /** Waits until the drawn selection covers `count` cells (the grid reports focus moves asynchronously). */
  async waitForRange(count: number): Promise<void> {
    await this.page.waitForFunction((n) => document.querySelectorAll('.ag-cell.cell-in-range').length === n, count);
  }

  summary(): Locator {
    return this.page.getByRole('dialog').filter({ hasText: '个单元格未写入' });
  }

  async openViewMenu(): Promise<Locator> {
    await this.page.getByRole('button', { name: '视图 ▾' }).click();
    const menu = this.page.getByRole('dialog', { name: '视图设置' });
    await menu.waitFor();
    return menu;
  }
}
