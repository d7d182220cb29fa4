/** 导入记录: the batches grid, a batch's cells, and its 撤销 button. */
import type { Locator, Page } from 'playwright-core';

export class ImportHistoryPage {
  readonly grid: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('region', { name: '导入记录列表' });
  }

  row(batchId: number): Locator {
    return this.grid.locator(`.ag-row[row-id="${batchId}"]`);
  }

  cell(batchId: number, colId: string): Locator {
    return this.row(batchId).locator(`.ag-cell[col-id="${colId}"]`);
  }

  async waitForBatch(batchId: number): Promise<void> {
    await this.row(batchId).first().waitFor();
  }

  async undo(batchId: number): Promise<void> {
    await this.grid.getByRole('button', { name: `撤销第 ${batchId} 批` }).click();
  }
}
