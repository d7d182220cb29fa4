import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DashboardSummary } from '../../shared/api/dashboard-contract';
import { AppPage } from './pages/AppPage';
import { DashboardPage } from './pages/DashboardPage';
import { launchTestBrowser, SCREENSHOT_DIR, startBrowserModeLedger, type BrowserModeLedger, type TestBrowser } from './support/browser-mode';

let ledger: BrowserModeLedger;
let browser: TestBrowser;
let app: AppPage;
let dashboard: DashboardPage;
let summary: DashboardSummary;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  ledger = await startBrowserModeLedger({ households: 200, seed: 1 });
  // Monitoring activity and income, entered as a clerk would, so every chart and the warnings have figures.
  const poor = ledger.service.db
    .prepare("SELECT id FROM households WHERE household_type = '脱贫户' AND monitor_category IS NULL ORDER BY id LIMIT 8")
    .all() as { id: number }[];
  for (const [i, h] of poor.slice(0, 5).entries()) {
    await ledger.call('income.save', { householdId: h.id, period: '2023-08', values: { wageIncome: i < 2 ? 400_000 : 5_000_000 } });
  }
  const [a, b] = poor.slice(5).map((h) => h.id);
  await ledger.call('monitor.identify', { householdId: a!, category: '突发严重困难户', risks: ['因病'], date: '2023-07-10' });
  await ledger.call('monitor.identify', { householdId: b!, category: '边缘易致贫户', risks: ['因学'], date: '2023-08-02' });
  await ledger.call('monitor.eliminate', { householdId: b!, mode: '自然消除', date: '2023-09-20' });
  // The demo is clean: one member insured twice gives the 数据筛查 panel a finding.
  const insured = ledger.service.db.prepare("SELECT id FROM members WHERE status = '在户' AND relation != '户主' ORDER BY id LIMIT 1").get() as { id: number };
  await ledger.call('members.update', { id: insured.id, patch: { medicalStaff: '是' } });
  summary = await ledger.call('dashboard.summary', {});
  browser = await launchTestBrowser();
  app = new AppPage(browser.page);
  dashboard = new DashboardPage(browser.page);
  await app.open(ledger.host.openUrl, '首页');
});

afterAll(async () => {
  await browser?.close();
  await ledger?.close();
});

beforeEach(async () => {
  await browser.page.emulateMedia({ media: 'screen' });
  await app.reload('首页');
  await dashboard.waitForFigures();
});

describe('首页 (dashboard) in a real browser', () => {
  it('opens first and shows the figures of the API and of stats', async () => {
    const info = await ledger.call('ledger.info', {});
    expect(summary.totals.households).toBe(info.counts.households);
    expect(summary.totals.members).toBe(info.counts.members);
    await expect.poll(() => dashboard.tile('在册户').getAttribute('aria-label')).toBe(`在册户 ${info.counts.households} 户`);
    expect(await dashboard.tile('在户人口').getAttribute('aria-label')).toBe(`在户人口 ${info.counts.members} 人`);
    expect(await dashboard.tile('监测对象').getAttribute('aria-label')).toBe(`监测对象 ${summary.totals.monitoredHouseholds} 户`);
    const warnings = await ledger.call('warnings.list', { period: '2023-08' });
    expect(summary.warningPeriod).toBe('2023-08');
    expect(warnings.warnings.length).toBeGreaterThan(0);
    await expect.poll(() => dashboard.tile('本期预警').textContent()).toContain(`${warnings.warnings.length}条`);

    const typeLabel = await dashboard.chart('按户类型').getAttribute('aria-label');
    for (const t of summary.byHouseholdType) expect(typeLabel).toContain(`${t.key} ${t.households} 户`);
    const first = summary.byVillage[0]!;
    expect(await dashboard.chart('各村户数与人口').getAttribute('aria-label')).toContain(`${first.village} ${first.households} 户`);
    expect(await dashboard.panel('本月报送情况').getByRole('row').count()).toBe(summary.board.villages.length + 1);
    const employment = summary.employment!;
    const employmentLabel = await dashboard.chart('脱贫劳动力就业').getAttribute('aria-label');
    for (const i of employment.items) expect(employmentLabel).toContain(`${i.label} ${i.count} 人`);
    const returneeLabel = await dashboard.chart('返乡回流').getAttribute('aria-label');
    for (const i of summary.returnees!.items) expect(returneeLabel).toContain(`${i.label} ${i.count} 人`);
    const open = await ledger.call('checks.openCount', {});
    expect(summary.findings!.total).toBe(open.errors + open.reminders);
    expect(open.errors).toBeGreaterThan(0);
    expect(await dashboard.chart('数据筛查问题').getAttribute('aria-label')).toContain('条');
    expect(await browser.page.locator('[data-section="数据筛查问题"] .dash-total').textContent()).toContain(String(summary.findings!.total));
    // The 首页 and the shell's 近期截止 read the same employment calendar: the same items, or the same reason why none.
    const dueHere = browser.page.locator('.dashboard').getByRole('region', { name: '近期截止' });
    const dueShell = browser.page.locator('.due-panel');
    const firstDue = summary.deadlines.items[0];
    await expect.poll(() => dueHere.textContent()).toContain(summary.deadlines.unavailable ?? firstDue!.title);
    if (summary.deadlines.unavailable !== null) expect(await dueShell.textContent()).toContain(summary.deadlines.unavailable);
    else expect(await dueShell.locator('button').count()).toBe(summary.deadlines.items.length);
    expect(browser.errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
    await app.screenshot('dashboard');
  });

  it('opens 家庭成员 filtered to a village when its 人数 bar is clicked, with the same count', async () => {
    const index = 1;
    const village = summary.byVillage[index]!;
    // Three bars per village (户数, 人数, 监测对象户数): 人数 sits in the middle.
    await dashboard.clickBar('各村户数与人口', index, summary.byVillage.length, 0, summary.byVillage.length > 8);
    await browser.page.getByRole('heading', { name: '家庭成员', level: 1 }).waitFor();
    await expect.poll(() => browser.page.getByRole('status', { name: '当前筛选' }).textContent()).toContain(`村 = ${village.village}`);
    await expect.poll(() => browser.page.locator('.view-count').textContent()).toBe(`共 ${village.members} 人`);
    await app.screenshot('dashboard-filtered-members');
    await browser.page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => browser.page.locator('.view-count').textContent()).toBe(`共 ${summary.totals.members} 人`);
  });

  it('opens 就业台账, 返乡回流 and 数据筛查 from their 首页 panels', async () => {
    for (const [button, heading] of [
      ['打开就业台账', '就业台账'],
      ['打开返乡回流', '返乡回流'],
      ['打开数据筛查', '数据筛查'],
    ] as const) {
      await browser.page.getByRole('button', { name: button }).click();
      await browser.page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await app.reload('首页');
      await dashboard.waitForFigures();
    }
    const sections = browser.page.locator('[data-section="返乡回流"]');
    await sections.scrollIntoViewIfNeeded();
    await app.screenshot('dashboard-sections');
    // A click on the chart itself opens the view too (the ring of the pie, right of its centre).
    const box = await dashboard.chart('返乡回流').locator('canvas').first().boundingBox();
    await browser.page.mouse.click(box!.x + box!.width / 2 + 52, box!.y + box!.height * 0.45);
    await browser.page.getByRole('heading', { name: '返乡回流', level: 1 }).waitFor();
  });

  it('opens 户信息 filtered to a 户类型 when its bar is clicked', async () => {
    const type = summary.byHouseholdType[0]!;
    await dashboard.clickBar('按户类型', 0, summary.byHouseholdType.length, -0.7);
    await browser.page.getByRole('heading', { name: '户信息', level: 1 }).waitFor();
    await expect.poll(() => browser.page.getByRole('status', { name: '当前筛选' }).textContent()).toContain(`户类型 = ${type.key}`);
    await expect.poll(() => browser.page.locator('.view-count').textContent()).toBe(`共 ${type.households} 户`);
  });

  it('prints on A4 landscape: a PDF of the print view, charts and tables inside the page', async () => {
    await browser.page.setViewportSize({ width: 1123, height: 794 });
    await browser.page.emulateMedia({ media: 'print' });
    await browser.page.getByRole('heading', { name: /防止返贫动态监测和帮扶情况/ }).waitFor();
    expect(await browser.page.getByRole('navigation', { name: '台账导航' }).isVisible()).toBe(false);
    const overflow = await browser.page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return Array.from(document.querySelectorAll('.dash-panel, .dash-chart canvas')).filter((el) => el.getBoundingClientRect().right > width + 1).length;
    });
    expect(overflow).toBe(0);
    await browser.page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-print.png'), fullPage: true });
    const pdf = await browser.page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    const path = join(SCREENSHOT_DIR, 'dashboard-print.pdf');
    writeFileSync(path, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    expect(statSync(path).size).toBeGreaterThan(20_000);
    await browser.page.setViewportSize({ width: 1440, height: 860 });
  });

  it('lists the same due items as the shell 近期截止 once this year has a policy', async () => {
    const policies = await ledger.call('policy.list', {});
    const year = new Date().getFullYear();
    if (!policies.some((p) => p.year === year)) await ledger.call('policy.save', { policy: { ...policies[policies.length - 1]!, year, warningLines: [] } });
    await app.reload('首页');
    await dashboard.waitForFigures();
    const due = await ledger.call('calendar.due', {});
    const here = browser.page.locator('.dashboard').getByRole('region', { name: '近期截止' });
    await expect.poll(() => here.locator('.deadline-open').count()).toBe(due.items.length);
    expect(await browser.page.locator('.due-panel button').count()).toBe(due.items.length);
    expect(await here.textContent()).toContain('季度末台账导出报县');
    await here.scrollIntoViewIfNeeded();
    await app.screenshot('dashboard-deadlines');
    await here.locator('.deadline-open').first().click();
    await browser.page.getByRole('dialog', { name: due.items[0]!.title }).waitFor();
    await browser.page.getByRole('button', { name: '知道了' }).click();
  });
});
