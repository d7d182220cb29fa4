/** 预警 view: month picker, rule chips, the village table, warning cards and the 公示 exports. */
import type { Locator, Page } from 'playwright-core';
import { ImportMonthField } from './ImportMonthField';

export class WarningsPage {
  readonly root: Locator;
  readonly month: ImportMonthField;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: '预警', exact: true });
    this.month = new ImportMonthField(page.getByRole('group', { name: '预警月份' }));
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '预警' }).click();
    await this.page.getByRole('heading', { name: '预警', level: 1 }).waitFor();
  }

  /** Picks a month and waits until the summary names it (2023-08 → 2023年8月). */
  async choosePeriod(period: string): Promise<void> {
    await this.month.year.waitFor();
    await this.page.waitForFunction(() => (document.querySelector('[aria-label="预警月份（年）"]') as HTMLSelectElement | null)?.value !== '');
    await this.month.choose(period);
  }

  async waitForPeriod(period: string): Promise<void> {
    await this.page.locator('.warnings-period', { hasText: `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月` }).waitFor();
  }

  ruleChip(name: string): Locator {
    return this.page.getByRole('group', { name: '各规则预警条数' }).getByRole('button', { name: new RegExp(`^${name}\\s*\\d+$`) });
  }

  async ruleCount(name: string): Promise<number> {
    return Number(await this.ruleChip(name).locator('.rule-chip-count').innerText());
  }

  cards(): Locator {
    return this.page.getByRole('list', { name: '预警列表' }).locator('> li');
  }

  /** The cards of one household (by 户编号). */
  cardsOf(householdNo: string): Locator {
    return this.cards().filter({ hasText: householdNo });
  }

  villageTable(): Locator {
    return this.page.getByRole('table', { name: '各村预警条数' });
  }

  async villageCount(village: string): Promise<number> {
    const row = this.villageTable().locator('tbody tr').filter({ has: this.page.getByRole('button', { name: village, exact: true }) });
    return Number(await row.locator('td.num').innerText());
  }

  async pickVillage(village: string): Promise<void> {
    await this.villageTable().getByRole('button', { name: village, exact: true }).click();
  }

  missingPolicy(): Locator {
    return this.page.locator('.missing-policy');
  }

  exportButton(kind: '拟纳入' | '拟风险消除'): Locator {
    return this.page.getByRole('button', { name: `导出公示名单（${kind}）` });
  }
}
