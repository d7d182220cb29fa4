import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { launchTestBrowser, SCREENSHOT_DIR, startBrowserModeLedger, type BrowserModeLedger, type TestBrowser } from './support/browser-mode';

let ledger: BrowserModeLedger;
let browser: TestBrowser;
let app: AppPage;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  ledger = await startBrowserModeLedger({ households: 60, seed: 5 });
  // The demo is clean: one member insured twice is an open 错误.
  const member = ledger.service.db.prepare("SELECT id FROM members WHERE status = '在户' AND relation != '户主' ORDER BY id LIMIT 1").get() as { id: number };
  await ledger.call('members.update', { id: member.id, patch: { medicalStaff: '是' } });
  browser = await launchTestBrowser();
  app = new AppPage(browser.page);
  await app.open(ledger.host.openUrl, '首页');
});

afterAll(async () => {
  await browser?.close();
  await ledger?.close();
});

beforeEach(async () => {
  await app.reload('首页');
});

const dialog = () => browser.page.getByRole('dialog', { name: '台账中还有未更正的错误' });
const quarterButton = () => browser.page.getByRole('group', { name: '季度末导出' }).getByRole('button', { name: '季度末导出' });

describe('an export with open 错误 asks first', () => {
  it('names the open 错误 count before the quarter export, and 取消 exports nothing', async () => {
    const open = await ledger.call('checks.openCount', {});
    expect(open.errors).toBeGreaterThan(0);
    await quarterButton().click();
    await dialog().waitFor();
    expect(await dialog().textContent()).toContain(`数据筛查发现 ${open.errors} 条错误尚未更正或核实`);
    await app.screenshot('export-guard-dialog');
    await dialog().getByRole('button', { name: '取消' }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(await browser.page.getByText(/已导出“/).count()).toBe(0);
  });

  it('exports when the clerk confirms 仍要导出', async () => {
    await quarterButton().click();
    await dialog().getByRole('button', { name: '仍要导出' }).click();
    await expect.poll(() => browser.page.getByText(/已导出“.*季度/).count(), { timeout: 20_000 }).toBe(1);
  });

  it('opens 数据筛查 from the dialog', async () => {
    await quarterButton().click();
    await dialog().getByRole('button', { name: '去数据筛查查看' }).click();
    await browser.page.getByRole('heading', { name: '数据筛查', level: 1 }).waitFor();
    expect(await dialog().count()).toBe(0);
  });

  it('asks before the employment sheets too', async () => {
    await browser.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '就业台账' }).click();
    await browser.page.getByRole('heading', { name: '就业台账', level: 1 }).waitFor();
    await browser.page.getByRole('button', { name: '导出需求表' }).click();
    await dialog().waitFor();
    expect(await dialog().textContent()).toContain('现在导出需求表');
    await dialog().getByRole('button', { name: '取消' }).click();
  });

  it('exports without asking once the 错误 are marked 已核实', async () => {
    const list = await ledger.call('checks.list', {});
    for (const f of list.findings.filter((x) => x.severity === '错误')) await ledger.call('checks.verify', { key: f.key, note: '已核实，两种医保均在缴' });
    expect((await ledger.call('checks.openCount', {})).errors).toBe(0);
    await quarterButton().click();
    await expect.poll(() => browser.page.getByText(/已导出“.*季度/).count(), { timeout: 20_000 }).toBe(1);
    expect(await dialog().count()).toBe(0);
  });
});
