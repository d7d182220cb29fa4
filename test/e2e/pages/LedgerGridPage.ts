/**
 * A ledger grid as a clerk uses it: search box, count, headers, rows by record id, cells by field
 * key, editing a cell by double-click + typing + Enter. AG Grid splits a row across the pinned and
 * scrolling containers; `row-id` (the record id) and `col-id` (the field key) address a cell in both.
 */
import type { Locator, Page } from 'playwright-core';

export class LedgerGridPage {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    readonly gridLabel: string,
    readonly unit: '户' | '人',
  ) {
    this.root = page.getByRole('region', { name: gridLabel });
  }

  async waitForRows(): Promise<void> {
    await this.root.locator('.ag-row[row-id] .ag-cell').first().waitFor();
    await this.page.waitForFunction(() => document.querySelectorAll('.ag-row-loading').length === 0);
  }

  async headerTexts(): Promise<string[]> {
    return this.root.locator('.ag-header-cell-text').allInnerTexts();
  }

  async total(): Promise<number> {
    const text = await this.page.locator('.view-count').innerText();
    const match = new RegExp(`共 (\\d+) ${this.unit}`).exec(text);
    if (!match) throw new Error(`No total in "${text}"`);
    return Number(match[1]);
  }

  /** Types into the quick search and waits until the count shows `expectedTotal`. */
  async search(text: string, expectedTotal?: number): Promise<void> {
    await this.page.getByPlaceholder('搜索 姓名 / 证件号码 / 户编号').fill(text);
    if (expectedTotal !== undefined) {
      await this.page.locator('.view-count').filter({ hasText: `共 ${expectedTotal} ${this.unit}` }).waitFor();
    }
    await this.waitForRows();
  }

  /** Record ids of the rendered rows, in row order (a row appears once per container). */
  rowIds(): Promise<string[]> {
    return this.root.locator('.ag-row[row-id]').evaluateAll((rows) => {
      const byIndex = new Map<number, string>();
      for (const row of rows) byIndex.set(Number(row.getAttribute('row-index')), row.getAttribute('row-id') ?? '');
      return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
    });
  }

  /** Cell texts of one column, in row order (the rows currently rendered). */
  async columnTexts(colId: string): Promise<string[]> {
    return this.root.locator('.ag-row[row-id]').evaluateAll((rows, col) => {
      const byIndex = new Map<number, string>();
      for (const row of rows) {
        const cell = row.querySelector(`.ag-cell[col-id="${col}"]`);
        if (cell) byIndex.set(Number(row.getAttribute('row-index')), (cell.textContent ?? '').trim());
      }
      return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
    }, colId);
  }

  cell(recordId: number, colId: string): Locator {
    return this.root.locator(`.ag-row[row-id="${recordId}"] .ag-cell[col-id="${colId}"]`);
  }

  async selectRow(recordId: number, colId: string): Promise<void> {
    await this.cell(recordId, colId).click();
  }

  /** Double-click, replace the text, Enter — what a clerk does to correct a cell. */
  async editText(recordId: number, colId: string, text: string): Promise<void> {
    const cell = this.cell(recordId, colId);
    await cell.dblclick();
    const input = cell.locator('input');
    await input.waitFor();
    await input.fill(text);
    await input.press('Enter');
  }

  async clickHeader(label: string): Promise<void> {
    await this.root.locator('.ag-header-cell').filter({ has: this.page.locator('.ag-header-cell-text', { hasText: new RegExp(`^${label}$`) }) }).locator('.ag-header-cell-label').click();
  }

  /** Opens a column's filter, types into its first condition (default operator), closes it. */
  async filterColumn(colId: string, text: string): Promise<void> {
    await this.root.locator(`.ag-header-cell[col-id="${colId}"] .ag-header-cell-filter-button`).click();
    const input = this.page.locator('.ag-filter input.ag-input-field-input').first();
    await input.fill(text);
    await input.press('Enter');
    await this.page.keyboard.press('Escape');
  }

  async toggleIncludeRemoved(label: string): Promise<void> {
    await this.page.getByLabel(label).check();
  }
}
