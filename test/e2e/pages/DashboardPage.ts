/** 首页: headline tiles, chart panels (canvas), and clicks on a chart's bar at its computed place. */
import type { Locator, Page } from 'playwright-core';

/** The chart margins of renderer/features/dashboard/chart-options.ts (CHART_GRID). */
const GRID = { left: 48, right: 16, bottom: 44, rotatedBottom: 64 };

export class DashboardPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '首页' }).click();
    await this.waitForFigures();
  }

  async waitForFigures(): Promise<void> {
    await this.page.getByRole('heading', { name: '首页', level: 1 }).waitFor();
    await this.page.getByRole('list', { name: '总体情况' }).waitFor();
    await this.chart('各村户数与人口').locator('canvas').first().waitFor();
  }

  tile(label: string): Locator {
    return this.page.getByRole('list', { name: '总体情况' }).getByRole('listitem').filter({ hasText: label });
  }

  chart(title: string): Locator {
    return this.page.locator(`[data-chart="${title}"]`);
  }

  panel(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  /**
   * Clicks a vertical bar chart near the baseline of one category, `offset` bar widths from the
   * category's centre (negative: left). Grouped bars sit side by side around the centre.
   */
  async clickBar(title: string, category: number, categories: number, offset: number, rotated = false): Promise<void> {
    const box = await this.chart(title).locator('canvas').first().boundingBox();
    if (!box) throw new Error(`chart ${title} has no canvas`);
    const plotWidth = box.width - GRID.left - GRID.right;
    const band = plotWidth / categories;
    const x = box.x + GRID.left + (category + 0.5) * band + offset * Math.min(36, band * 0.3);
    const y = box.y + box.height - (rotated ? GRID.rotatedBottom : GRID.bottom) - 4;
    await this.page.mouse.click(x, y);
  }
}
