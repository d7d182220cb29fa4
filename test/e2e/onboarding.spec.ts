/**
 * First run end to end: a fresh, empty ledger opens the 首次使用 wizard; the clerk creates the
 * ledger for a county and town, enters the 填表 profile (a bad phone is refused in Chinese) and
 * lands on 数据导入; the profile is then editable in 设置, where the wizard can be reopened.
 * Another fresh ledger tries the demo path (warning, then the demo town in the grid) and the skip.
 * Real headless Chromium against browser mode over real SQLite; screenshots in test-output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { launchTestBrowser, SCREENSHOT_DIR, startBrowserModeLedger, type BrowserModeLedger, type TestBrowser } from './support/browser-mode';

let browser: TestBrowser;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchTestBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openFresh(): Promise<{ ledger: BrowserModeLedger; app: AppPage; wizard: OnboardingPage }> {
  const ledger = await startBrowserModeLedger({ households: 0 });
  const app = new AppPage(browser.page);
  await browser.page.goto(ledger.host.openUrl);
  const wizard = new OnboardingPage(browser.page);
  await wizard.wizard().waitFor();
  return { ledger, app, wizard };
}

describe('首次使用 wizard on an empty ledger', () => {
  let ledger: BrowserModeLedger;
  afterEach(async () => {
    await ledger?.close();
  });

  it('creates the ledger profile for a county and town and lands on 数据导入', async () => {
    const fresh = await openFresh();
    ledger = fresh.ledger;
    const { app, wizard } = fresh;
    await wizard.waitStep(1);
    expect(await wizard.field('县*').inputValue()).toBe('翁源县');
    await app.screenshot('onboarding-step1');

    await wizard.wizard().getByRole('button', { name: '下一步' }).click();
    await wizard.wizard().getByText('请填写“镇(乡)”').waitFor();
    await wizard.fillPlace('翁源县', '翁城镇');
    expect(await wizard.field('填报单位*').inputValue()).toBe('翁城镇人民政府');

    await wizard.fillSigners({ filledBy: '李小红', reviewedBy: '王建国', phone: '12345' });
    await wizard.wizard().getByText(/“联系电话”应为 11 位手机号/).waitFor();
    expect((await ledger.call('profile.get', {})).saved).toBe(false);
    await app.screenshot('onboarding-step2-error');

    await wizard.field('联系电话*').fill('0751-2812345');
    await wizard.wizard().getByRole('button', { name: '保存并继续' }).click();
    await wizard.waitStep(3);
    await browser.page.locator('.top-place').filter({ hasText: '翁源县 · 翁城镇' }).waitFor();
    await app.screenshot('onboarding-step3');
    const state = await ledger.call('profile.get', {});
    expect(state).toMatchObject({
      saved: true,
      profile: { county: '翁源县', town: '翁城镇', reportingUnit: '翁城镇人民政府', filledBy: '李小红', reviewedBy: '王建国', phone: '0751-2812345' },
    });

    await wizard.wizard().getByRole('button', { name: /导入第一份平台导出表/ }).click();
    await browser.page.getByRole('heading', { name: '数据导入', level: 1 }).waitFor();
    await wizard.wizard().waitFor({ state: 'detached' });
    await browser.page.locator('.top-place').filter({ hasText: '翁源县 · 翁城镇' }).waitFor();
    await app.screenshot('onboarding-landed-imports');

    // Reloading does not bring the wizard back: the ledger has its profile now.
    await browser.page.reload();
    await browser.page.locator('.top-place').filter({ hasText: '翁城镇' }).waitFor();
    expect(await wizard.wizard().count()).toBe(0);

    await browser.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '设置' }).click();
    const section = wizard.settingsSection();
    await section.getByLabel('审核人').waitFor();
    expect(await section.getByLabel('填表人').inputValue()).toBe('李小红');
    await section.getByLabel('审核人').fill('陈主任');
    await section.getByRole('button', { name: '保存台账信息' }).click();
    await section.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    expect((await ledger.call('profile.get', {})).profile.reviewedBy).toBe('陈主任');
    await app.screenshot('settings-profile');

    await section.getByRole('button', { name: '打开首次使用向导' }).click();
    await wizard.waitStep(1);
    expect(await wizard.field('镇(乡)*').inputValue()).toBe('翁城镇');
    await wizard.wizard().getByRole('button', { name: '跳过向导' }).click();
    await wizard.wizard().waitFor({ state: 'detached' });
    expect(browser.errors).toEqual([]);
  });

  it('writes the demo town after a clear warning, or is skipped for good', async () => {
    const fresh = await openFresh();
    ledger = fresh.ledger;
    const { app, wizard } = fresh;
    await wizard.fillPlace('翁源县', '周陂镇');
    await wizard.fillSigners({ filledBy: '张丽', phone: '13800138000' });
    await wizard.waitStep(3);
    await wizard.wizard().getByRole('button', { name: /先用演示数据看看/ }).click();
    const warning = wizard.wizard().getByRole('alert').filter({ hasText: '写入演示数据？' });
    await warning.getByText('虚构的').waitFor();
    await warning.getByText(/撤销/).first().waitFor();
    await app.screenshot('onboarding-demo-warning');
    await warning.getByRole('button', { name: '写入演示数据' }).click();
    // 300 households with three months of employment and services: several seconds on a busy machine.
    await browser.page.getByRole('heading', { name: '户信息', level: 1 }).waitFor({ timeout: 60_000 });
    await browser.page.getByText('已写入演示数据').first().waitFor();
    await browser.page.locator('.top-place').filter({ hasText: '翁源县 · 周陂镇' }).waitFor();
    expect((await ledger.call('ledger.info', {})).counts.households).toBe(300);
    await app.screenshot('onboarding-demo-done');
    await ledger.close();

    const skipped = await openFresh();
    ledger = skipped.ledger;
    await skipped.wizard.wizard().getByRole('button', { name: '跳过向导' }).click();
    await skipped.wizard.wizard().waitFor({ state: 'detached' });
    await browser.page.reload();
    await browser.page.locator('.top-place').filter({ hasText: '尚未建立村镇' }).waitFor();
    // The app opens on 首页, without the wizard.
    await browser.page.getByRole('heading', { name: '首页', level: 1 }).waitFor();
    expect(await skipped.wizard.wizard().count()).toBe(0);
    expect((await ledger.call('profile.get', {})).saved).toBe(false);
    expect(browser.errors).toEqual([]);
  });
});
