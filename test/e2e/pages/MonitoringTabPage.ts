/** The 监测帮扶 tab of the household detail pane: state, lifecycle buttons, timeline, measures. */
import type { Locator, Page } from 'playwright-core';
import { DetailPanePage } from './DetailPanePage';

export class MonitoringTabPage {
  readonly detail: DetailPanePage;

  constructor(readonly page: Page) {
    this.detail = new DetailPanePage(page, '户详情');
  }

  async open(): Promise<void> {
    await this.detail.openTab('监测帮扶');
    await this.actions().waitFor();
  }

  actions(): Locator {
    return this.detail.root.getByRole('group', { name: '监测操作' });
  }

  button(name: '识别纳入' | '风险消除' | '回退' | '新增措施'): Locator {
    return this.detail.root.getByRole('button', { name, exact: true });
  }

  timeline(): Locator {
    return this.detail.root.getByRole('list', { name: '监测记录' });
  }

  events(): Locator {
    return this.timeline().locator('> li');
  }

  state(): Locator {
    return this.detail.root.locator('.monitor-state');
  }

  measures(year: number): Locator {
    return this.detail.root.getByRole('table', { name: `${year} 年帮扶措施` });
  }
}
