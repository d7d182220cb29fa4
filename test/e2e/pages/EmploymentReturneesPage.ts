/**
 * 返乡回流 as a clerk uses it: the case grid (跟踪台账 / 本季度待跟进), the chosen case beside it
 * with its steps, and the 记录服务 dialog.
 */
import type { Locator, Page } from 'playwright-core';
import { DialogPage } from './DialogPage';
import { LedgerGridPage } from './LedgerGridPage';

export class EmploymentReturneesPage {
  readonly grid: LedgerGridPage;

  constructor(readonly page: Page) {
    this.grid = new LedgerGridPage(page, '返乡回流列表', '人');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '返乡回流' }).click();
    await this.page.getByRole('heading', { name: '返乡回流', level: 1 }).waitFor();
  }

  async scope(tab: '跟踪台账' | '本季度待跟进'): Promise<void> {
    await this.page.getByRole('tablist', { name: '返乡回流名单' }).getByRole('tab', { name: tab }).click();
  }

  async search(text: string): Promise<void> {
    await this.page.getByPlaceholder('搜索 姓名 / 证件号码 / 户编号').fill(text);
  }

  /** The case's row, found by the name the grid shows. */
  rowOf(name: string): Locator {
    return this.grid.root.locator('.ag-row[row-id]').filter({ has: this.page.locator('.ag-cell[col-id="name"]', { hasText: name }) });
  }

  async select(name: string): Promise<void> {
    await this.rowOf(name).locator('.ag-cell[col-id="name"]').click();
    await this.detail(name).waitFor();
  }

  detail(name: string): Locator {
    return this.page.getByLabel(`${name} 的返乡回流档案`);
  }

  standing(): Locator {
    return this.page.locator('.standing-card');
  }

  /** 达标 or 未达标 on the standing card. */
  verdict(): Locator {
    return this.standing().locator('.standing-badge');
  }

  /** 记录服务 from the detail pane: kind, date, and the texts it asks for. */
  async recordService(kind: '就业指导' | '就业培训' | '岗位推荐' | '其他', fields: Record<string, string> = {}): Promise<void> {
    await this.page.getByRole('button', { name: '记录服务', exact: true }).click();
    const dialog = new DialogPage(this.page, '记录就业服务');
    await dialog.root.waitFor();
    await dialog.choose(kind);
    for (const [label, value] of Object.entries(fields)) await dialog.fill(label, value);
    await dialog.press('保存');
    await dialog.root.waitFor({ state: 'detached' });
  }

  history(): Locator {
    return this.page.getByRole('list', { name: '服务记录' });
  }
}
