/** The app shell: opening the ledger and moving between views. */
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { SCREENSHOT_DIR } from '../support/browser-mode';

export class AppPage {
  constructor(readonly page: Page) {}

  /**
   * Opens browser mode with its token and waits until the ledger has answered. The app opens on
   * 首页; the ledger specs start from 户信息 unless they ask for the dashboard.
   */
  async open(url: string, landing: '户信息' | '首页' = '户信息'): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.top-place').filter({ hasText: '·' }).waitFor();
    await this.land(landing);
  }

  /** Reload keeps the session token (it moved from the URL into sessionStorage). */
  async reload(landing: '户信息' | '首页' = '户信息'): Promise<void> {
    await this.page.reload();
    await this.page.locator('.top-place').filter({ hasText: '·' }).waitFor();
    await this.land(landing);
  }

  private async land(landing: '户信息' | '首页'): Promise<void> {
    await this.page.getByRole('heading', { name: '首页', level: 1 }).waitFor();
    if (landing !== '首页') await this.goTo(landing);
  }

  async goTo(view: '首页' | '户信息' | '家庭成员'): Promise<void> {
    await this.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: view }).click();
    await this.page.getByRole('heading', { name: view, level: 1 }).waitFor();
  }

  async screenshot(name: string): Promise<string> {
    const path = join(SCREENSHOT_DIR, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  alert() {
    return this.page.getByRole('alert');
  }

  status() {
    return this.page.getByRole('status');
  }
}
