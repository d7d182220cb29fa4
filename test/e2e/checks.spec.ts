/**
 * 数据筛查 end to end in real headless Chromium against browser mode over a 120-household demo
 * ledger: a fault injected through the dispatcher (a healthy 35-year-old recorded as 无劳动力) is
 * listed, its card opens 家庭成员 at the 劳动技能 cell, the clerk corrects the cell, and back in
 * 数据筛查 the finding is gone. A second fault is marked 已核实 with a note and disappears.
 * Screenshots land in test-output/screenshots/checks-*.png.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberRow } from '../../shared/api/contract';
import { AppPage } from './pages/AppPage';
import { ChecksPage } from './pages/ChecksPage';
import { MemberGridPage } from './pages/MemberGridPage';
import { launchTestBrowser, SCREENSHOT_DIR, startBrowserModeLedger, type BrowserModeLedger, type TestBrowser } from './support/browser-mode';

const RULE = '劳动年龄健康人员填为无劳动力';
let ledger: BrowserModeLedger;
let browser: TestBrowser;
let app: AppPage;
let faulty: MemberRow[];

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  ledger = await startBrowserModeLedger({ households: 120, seed: 3 });
  const page = await ledger.call('members.list', { limit: 400, filters: { labourSkill: { filterType: 'text', type: 'equals', filter: '普通劳动力' } } });
  // Healthy working-age adults not in school, one per household, from households with another worker.
  const byHousehold = new Map<number, MemberRow[]>();
  for (const m of page.rows) byHousehold.set(m.householdId, [...(byHousehold.get(m.householdId) ?? []), m]);
  faulty = [...byHousehold.values()]
    .filter((ms) => ms.length >= 2)
    .map((ms) => ms.find((m) => m.age >= 25 && m.age <= 45 && m.health.join() === '健康' && m.schooling === null && m.relation !== '户主'))
    .filter((m): m is MemberRow => m !== undefined)
    .slice(0, 2);
  expect(faulty).toHaveLength(2);
  for (const m of faulty) await ledger.call('members.update', { id: m.id, patch: { labourSkill: '无劳动力' } });
  browser = await launchTestBrowser();
  app = new AppPage(browser.page);
  await app.open(ledger.host.openUrl);
});

afterAll(async () => {
  await browser?.close();
  await ledger?.close();
});

describe('数据筛查', () => {
  it('lists an injected fault, opens the member at the cell, and drops the finding once the cell is fixed', async () => {
    const checks = new ChecksPage(browser.page);
    await checks.open();
    await app.screenshot('checks-list');
    await checks.chooseRule(RULE);
    const [first] = faulty as [MemberRow, MemberRow];
    const card = checks.cards(RULE, first.householdNo);
    await card.waitFor();
    expect(await card.innerText()).toContain(first.name);
    await app.screenshot('checks-rule');

    await card.getByRole('button', { name: '打开记录' }).click();
    await browser.page.getByRole('heading', { name: '家庭成员', level: 1 }).waitFor();
    const grid = new MemberGridPage(browser.page);
    await grid.waitForRows();
    await app.screenshot('checks-open-member');
    const cell = grid.cell(first.id, 'labourSkill');
    await browser.page.waitForFunction((id) => document.querySelector(`.ag-row[row-id="${id}"] .ag-cell[col-id="labourSkill"].ag-cell-focus`) !== null, first.id);
    expect(await cell.innerText()).toBe('无劳动力');
    await app.screenshot('checks-open-member');

    await cell.dblclick();
    await cell.locator('.ag-picker-field-wrapper').click();
    await app.screenshot('checks-editing');
    await browser.page.getByRole('option', { name: '普通劳动力', exact: true }).click();
    await browser.page.waitForFunction((id) => document.querySelector(`.ag-row[row-id="${id}"] .ag-cell[col-id="labourSkill"]`)?.textContent?.trim() === '普通劳动力', first.id);
    await app.status().filter({ hasText: '已保存' }).waitFor();

    await checks.open();
    await checks.chooseRule(RULE);
    await checks.cards(RULE, (faulty[1] as MemberRow).householdNo).waitFor();
    expect(await checks.cards(RULE, first.householdNo).count()).toBe(0);
    await app.screenshot('checks-fixed');
  });

  it('marks a finding 已核实 with a note, after which it is no longer listed', async () => {
    const checks = new ChecksPage(browser.page);
    await checks.open();
    await checks.chooseRule(RULE);
    const second = faulty[1] as MemberRow;
    const card = checks.cards(RULE, second.householdNo);
    await card.getByRole('button', { name: '标记已核实' }).click();
    const dialog = browser.page.getByRole('dialog', { name: '标记已核实' });
    await dialog.getByRole('button', { name: '标记已核实' }).click();
    await dialog.getByRole('alert').filter({ hasText: '请填写核实说明' }).waitFor();
    await dialog.getByLabel('核实说明').fill('入户核实：本人长期照料卧床老人，无法外出务工');
    await app.screenshot('checks-verify-dialog');
    await dialog.getByRole('button', { name: '标记已核实' }).click();
    await browser.page.getByRole('status').filter({ hasText: '已标记为已核实' }).waitFor();
    // The message comes with the reload request; the card goes when the re-read list arrives.
    await card.waitFor({ state: 'detached' });
    await browser.page.getByLabel('显示已核实').check();
    await card.locator('.finding-verified', { hasText: '长期照料' }).waitFor();
    await app.screenshot('checks-verified');
  });
});
