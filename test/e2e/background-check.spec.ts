import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_LIMITS, checkProgress } from '../../main/checks/background';
import { seedScale } from '../../main/demo/seed-scale';
import { AppPage } from './pages/AppPage';
import { launchTestBrowser, SCREENSHOT_DIR, startBrowserModeLedger, type BrowserModeLedger, type TestBrowser } from './support/browser-mode';

// A county-size ledger never checked before: its first check takes seconds even on a fast PC, so
// the clerk sees it run in the background (issue #9) while the rest of the app answers.
const PERSONS = 100_000;
const DEFAULT_LIMITS = { ...CHECK_LIMITS };

let ledger: BrowserModeLedger;
let browser: TestBrowser;
let app: AppPage;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  ledger = await startBrowserModeLedger({ households: 0 });
  seedScale(ledger.service.db, { persons: PERSONS, seed: 3 });
  // One member insured twice: an open 错误 the run must find.
  const member = ledger.service.db.prepare("SELECT id FROM members WHERE status = '在户' AND relation != '户主' ORDER BY id LIMIT 1").get() as { id: number };
  await ledger.call('members.update', { id: member.id, patch: { medicalStaff: '是' } });
  // On a fast PC this ledger's check takes a few seconds: a pause between steps gives the test time to watch it.
  Object.assign(CHECK_LIMITS, { stepDelayMs: 300 });
  browser = await launchTestBrowser();
  app = new AppPage(browser.page);
}, 180_000);

afterAll(async () => {
  Object.assign(CHECK_LIMITS, DEFAULT_LIMITS);
  await browser?.close();
  await ledger?.close();
});

const notice = () => browser.page.locator('.checking-notice');
const percentOf = async () => Number(/已完成 (\d+)%/.exec((await notice().textContent()) ?? '')?.[1] ?? -1);

describe('the first check of a large ledger runs in the background', () => {
  it('shows 首页 figures at once with the check’s and warnings count’s progress, 数据筛查 and the export guard say it is still checking, and all update when they end', async () => {
    await browser.page.goto(ledger.host.openUrl);
    await browser.page.getByRole('heading', { name: '首页', level: 1 }).waitFor({ timeout: 60_000 });
    // The 首页 answered (figures are there) while the run is still going.
    await notice().waitFor({ timeout: 30_000 });
    expect(checkProgress(ledger.service.db)).not.toBeNull();
    expect(await notice().textContent()).toMatch(/正在筛查台账数据… 已完成 \d+%/);
    const members = ledger.service.db.prepare("SELECT count(*) FROM members WHERE status = '在户'").pluck().get() as number;
    expect(await browser.page.getByRole('list', { name: '总体情况' }).textContent()).toContain(String(members));
    expect(await browser.page.getByRole('region', { name: '数据筛查问题' }).textContent()).toMatch(/正在筛查台账数据… 已完成 \d+%/);
    await app.screenshot('background-check-dashboard');

    // The export guard does not claim there are no 错误: it says the check is still running.
    await browser.page.getByRole('group', { name: '季度末导出' }).getByRole('button', { name: '季度末导出' }).click();
    const wait = browser.page.getByRole('dialog', { name: '数据筛查还没有完成' });
    await wait.waitFor();
    expect(await wait.textContent()).toContain('筛查完成前还不知道有没有未更正的错误');
    await app.screenshot('background-check-export-guard');
    await wait.getByRole('button', { name: '取消' }).click();
    await wait.waitFor({ state: 'detached' });

    await browser.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '数据筛查' }).click();
    await browser.page.getByRole('heading', { name: '数据筛查', level: 1 }).waitFor();
    await notice().waitFor();
    const first = await percentOf();
    expect(await browser.page.getByText('筛查完成后在这里列出疑点。').count()).toBe(1);
    expect(await browser.page.locator('.checks-total').textContent()).toBe('筛查尚未完成');
    expect(await browser.page.getByRole('button', { name: '正在筛查…' }).isDisabled()).toBe(true);
    await app.screenshot('background-check-findings');
    // The progress moves while the clerk watches (polled about once a second).
    await expect.poll(percentOf, { timeout: 60_000 }).toBeGreaterThan(first);

    // The run ends: the view reloads by itself and lists the finding.
    await notice().waitFor({ state: 'detached', timeout: 170_000 });
    const open = await ledger.call('checks.openCount', {});
    expect(open.checking).toBeNull();
    expect(open.errors).toBeGreaterThan(0);
    await browser.page.getByText(`错误 ${open.errors} 条`).waitFor();
    expect(await browser.page.getByRole('list', { name: '疑点列表' }).count()).toBe(1);
    await app.screenshot('background-check-done');

    // The 首页's warnings count came in the background too: back on 首页 it is a number, the same as the API's.
    await browser.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '首页' }).click();
    const tile = browser.page.getByRole('button', { name: /^本期预警 \d+ 条/ });
    await tile.waitFor({ timeout: 60_000 });
    const warnings = await ledger.call('dashboard.warnings', {});
    expect(warnings.counting).toBeNull();
    expect(await tile.getAttribute('aria-label')).toBe(`本期预警 ${warnings.count} 条，查看预警`);
    expect(await notice().count()).toBe(0);
    expect(browser.errors).toEqual([]);
  }, 300_000);
});
