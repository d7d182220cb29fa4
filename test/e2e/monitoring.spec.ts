/**
 * 监测帮扶 end to end: 收支, 预警, 政策标准 and the 监测帮扶 tab of a household, in real headless
 * Chromium against browser mode over the seeded 200-household demo ledger. The demo has no income,
 * so the setup records 统计期 2023-07 income for five 脱贫户 (not monitoring objects) through the
 * dispatcher: one below the 2023 监测线 (10420 元), one between it and the 预警线 (10600 元), one
 * above both, and two more for the lifecycle and the grid edit so each test changes its own row.
 * Screenshots land in test-output/screenshots/monitoring-*.png.
 */
import * as XLSX from '@e965/xlsx';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HouseholdRow } from '../../shared/api/contract';
import { maskIdNumber } from '../../shared/domain/id-number';
import { AppPage } from './pages/AppPage';
import { DialogPage } from './pages/DialogPage';
import { HouseholdGridPage } from './pages/HouseholdGridPage';
import { IncomeGridPage } from './pages/IncomeGridPage';
import { MonitoringTabPage } from './pages/MonitoringTabPage';
import { PolicyPage } from './pages/PolicyPage';
import { WarningsPage } from './pages/WarningsPage';
import { launchTestBrowser, SCREENSHOT_DIR, startBrowserModeLedger, type BrowserModeLedger, type TestBrowser } from './support/browser-mode';

let ledger: BrowserModeLedger;
let browser: TestBrowser;
let app: AppPage;
let files: string;

interface Seeded {
  household: HouseholdRow;
  /** Income record id (the 收支 grid's row id). */
  recordId: number;
}

/** Per-capita incomes of the seeded households, in 元. */
const PER_CAPITA = { poor: 9000, middle: 10500, rich: 15000, lifecycle: 8000, edited: 12000 } as const;
type Role = keyof typeof PER_CAPITA;
const seeded = {} as Record<Role, Seeded>;

async function eligibleHouseholds(): Promise<HouseholdRow[]> {
  const page = await ledger.call('households.list', {
    limit: 60,
    filters: { householdType: { filterType: 'text', type: 'equals', filter: '脱贫户' }, monitorCategory: { filterType: 'text', type: 'blank' } },
  });
  // A one-person household makes 人均 equal to the household figure; use larger ones for a real division.
  return page.rows.filter((h) => h.memberCount >= 2 && h.headIdNo !== null);
}

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  files = mkdtempSync(join(tmpdir(), 'shoudi-e2e-monitoring-'));
  ledger = await startBrowserModeLedger({ households: 200, seed: 1 });
  const candidates = await eligibleHouseholds();
  const roles = Object.keys(PER_CAPITA) as Role[];
  for (const [i, role] of roles.entries()) {
    const household = candidates[i * 7];
    if (!household) throw new Error(`no eligible household for ${role}`);
    const wageIncome = PER_CAPITA[role] * 100 * household.memberCount;
    const row = await ledger.call('income.save', { householdId: household.id, period: '2023-07', values: { wageIncome } });
    seeded[role] = { household, recordId: row.id };
  }
  browser = await launchTestBrowser();
  app = new AppPage(browser.page);
  await app.open(ledger.host.openUrl);
});

afterAll(async () => {
  await browser?.close();
  await ledger?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

beforeEach(async () => {
  await app.reload();
});

const yuanText = (yuan: number) => `${yuan.toFixed(2)} 元`;

async function openHousehold(household: HouseholdRow): Promise<MonitoringTabPage> {
  const grid = new HouseholdGridPage(browser.page);
  await app.goTo('户信息');
  await grid.search(household.householdNo, 1);
  await grid.selectRow(household.id, 'householdNo');
  const tab = new MonitoringTabPage(browser.page);
  await tab.open();
  return tab;
}

describe('预警', () => {
  it('lists the poor household below the 监测线 and the middle one below the 预警线, not the rich one, with matching village counts', async () => {
    const warnings = new WarningsPage(browser.page);
    const { poor, middle, rich } = seeded;
    await warnings.open();
    await warnings.choosePeriod('2023-08');
    await warnings.waitForPeriod('2023-08');

    await warnings.ruleChip('收入低于监测线').click();
    const poorCard = warnings.cardsOf(poor.household.householdNo);
    await poorCard.waitFor();
    const poorText = await poorCard.innerText();
    expect(poorText).toContain('收入低于监测线');
    expect(poorText).toContain(`家庭人均纯收入 ${yuanText(PER_CAPITA.poor)}`);
    expect(poorText).toContain('低于 2023 年监测线 10420.00 元');
    expect(poorText).toContain(`家庭人口数 ${poor.household.memberCount} 人`);
    expect(await poorCard.locator('.warning-figure').filter({ hasText: '统计期' }).innerText()).toContain('2023-07');
    expect(await poorCard.locator('.warning-figure.is-threshold').innerText()).toContain('10420.00 元');
    expect(await poorCard.locator('.warning-deadline').innerText()).toMatch(/应识别截止\s*\d{4}-\d{2}-\d{2}/);
    expect(await warnings.cardsOf(middle.household.householdNo).count()).toBe(0);
    await browser.page.screenshot({ path: join(SCREENSHOT_DIR, 'monitoring-warnings.png') });

    await warnings.ruleChip('收入低于预警线').click();
    const middleCard = warnings.cardsOf(middle.household.householdNo);
    await middleCard.waitFor();
    expect(await middleCard.innerText()).toContain(`家庭人均纯收入 ${yuanText(PER_CAPITA.middle)}`);
    expect(await middleCard.innerText()).toContain('低于收入预警线 10600.00 元（2023-07 至 2023-10）');
    expect(await warnings.cardsOf(poor.household.householdNo).count()).toBe(0);

    await warnings.ruleChip('收入低于预警线').click();
    await expect.poll(() => warnings.cards().count()).toBeGreaterThan(1);
    await browser.page.screenshot({ path: join(SCREENSHOT_DIR, 'monitoring-warnings-all.png') });
    const richIncomeWarnings = warnings.cardsOf(rich.household.householdNo).filter({ hasText: /收入低于(监测线|预警线)/ });
    expect(await richIncomeWarnings.count()).toBe(0);

    const village = poor.household.village ?? '';
    const expected = (await ledger.call('warnings.list', { period: '2023-08', village })).warnings.length;
    expect(await warnings.villageCount(village)).toBe(expected);
    await warnings.pickVillage(village);
    await expect.poll(() => warnings.cards().count()).toBe(Math.min(expected, 100));
    const villages = await warnings.cards().locator('.warning-household').allInnerTexts();
    expect(villages.every((text) => text.includes(village))).toBe(true);
    expect(browser.errors).toEqual([]);
  });

  it('opens the household of a clicked warning in 户信息 with its detail', async () => {
    const warnings = new WarningsPage(browser.page);
    const { poor } = seeded;
    await warnings.open();
    await warnings.choosePeriod('2023-08');
    await warnings.ruleChip('收入低于监测线').click();
    await warnings.cardsOf(poor.household.householdNo).click();

    await browser.page.getByRole('heading', { name: '户信息', level: 1 }).waitFor();
    await browser.page.getByLabel(`户编号 ${poor.household.householdNo} 的详情`).waitFor();
    expect(await browser.page.getByPlaceholder('搜索 姓名 / 证件号码 / 户编号').inputValue()).toBe(poor.household.householdNo);
    const grid = new HouseholdGridPage(browser.page);
    await expect.poll(() => grid.root.locator(`.ag-row-selected[row-id="${poor.household.id}"]`).count()).toBeGreaterThan(0);
    const tab = new MonitoringTabPage(browser.page);
    await tab.actions().waitFor();
    expect(await tab.state().innerText()).toContain('非监测对象');
  });

  it('downloads the 公示 list of households proposed for 纳入 with masked ID numbers', async () => {
    const warnings = new WarningsPage(browser.page);
    const { poor } = seeded;
    await warnings.open();
    await warnings.choosePeriod('2023-08');
    await warnings.waitForPeriod('2023-08');

    const downloading = browser.page.waitForEvent('download');
    await warnings.exportButton('拟纳入').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^.*2023年8月拟纳入防返贫监测对象公示名单\.xlsx$/);
    const saved = join(files, 'gongshi.xlsx');
    await download.saveAs(saved);

    const book = XLSX.read(readFileSync(saved));
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: false });
    const headerIndex = rows.findIndex((r) => r.includes('户主证件号码'));
    expect(headerIndex).toBeGreaterThanOrEqual(0);
    const idColumn = rows[headerIndex]!.indexOf('户主证件号码');
    const ids = rows
      .slice(headerIndex + 1)
      .map((r) => r[idColumn] ?? '')
      .filter((text) => /^\d{6}/.test(text));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^440229\*{8}\d{3}[\dX]$/);
    expect(ids).toContain(maskIdNumber(poor.household.headIdNo ?? ''));
    await app.status().filter({ hasText: '已导出' }).waitFor();
  });
});

describe('收支', () => {
  it('recomputes 家庭人均纯收入 in the edited row, refuses a non-amount, and keeps the edit after a reload', async () => {
    const income = new IncomeGridPage(browser.page);
    const { edited } = seeded;
    const people = edited.household.memberCount;
    await income.open();
    await income.waitForRows();
    await browser.page.screenshot({ path: join(SCREENSHOT_DIR, 'monitoring-income.png') });
    await income.search(edited.household.householdNo, 1);
    expect(await income.perCapita(edited.recordId).innerText()).toBe(PER_CAPITA.edited.toFixed(2));

    await income.editText(edited.recordId, 'wageIncome', '一万');
    await app.alert().filter({ hasText: '应为金额' }).waitFor();
    expect(await app.alert().innerText()).toContain('“工资性收入”');
    expect(await income.perCapita(edited.recordId).innerText()).toBe(PER_CAPITA.edited.toFixed(2));

    const wage = PER_CAPITA.edited * people + 3000 * people;
    await income.editText(edited.recordId, 'wageIncome', `${wage}.00`);
    await app.status().filter({ hasText: '工资性收入' }).waitFor();
    const expected = (PER_CAPITA.edited + 3000).toFixed(2);
    expect(await income.perCapita(edited.recordId).innerText()).toBe(expected);
    expect(await income.cell(edited.recordId, 'netIncome').innerText()).toBe(wage.toFixed(2));

    await app.reload();
    await income.open();
    await income.search(edited.household.householdNo, 1);
    expect(await income.cell(edited.recordId, 'wageIncome').innerText()).toBe(wage.toFixed(2));
    expect(await income.perCapita(edited.recordId).innerText()).toBe(expected);
    expect(browser.errors).toEqual([]);
  });
});

describe('监测帮扶', () => {
  it('identifies, refuses 风险消除 while income is low, accepts it after the income is raised, then reverts it', async () => {
    const page = browser.page;
    const { lifecycle } = seeded;
    let tab = await openHousehold(lifecycle.household);
    expect(await tab.button('风险消除').isDisabled()).toBe(true);
    expect(await tab.button('回退').isDisabled()).toBe(true);

    await tab.button('识别纳入').click();
    const identify = new DialogPage(page, '识别纳入');
    await identify.select('监测对象类别', '脱贫不稳定户');
    await identify.root.getByRole('checkbox', { name: '因病' }).check();
    await identify.root.getByRole('checkbox', { name: '因务工就业不稳' }).check();
    await identify.fill('识别纳入日期', '2023/8/10');
    await identify.press('确认纳入');
    await identify.waitClosed();
    await tab.events().filter({ hasText: '识别纳入' }).waitFor();
    const identified = await tab.events().first().innerText();
    expect(identified).toContain('2023-08-10');
    expect(identified).toContain('脱贫不稳定户');
    expect(identified).toContain('因务工就业不稳');
    expect(await tab.state().innerText()).toContain('监测帮扶中');

    await tab.button('风险消除').click();
    const eliminate = new DialogPage(page, '风险消除');
    await eliminate.fill('风险消除日期', '2023-08-20');
    await eliminate.press('标注风险消除');
    const refusal = eliminate.root.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(`家庭人均纯收入 ${yuanText(PER_CAPITA.lifecycle)}，低于监测线 10420.00 元，不能按“帮扶消除”标注风险消除`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'monitoring-eliminate-refused.png') });
    await eliminate.press('取消');
    await eliminate.waitClosed();
    expect(await tab.events().count()).toBe(1);

    const income = new IncomeGridPage(page);
    await income.open();
    await income.search(lifecycle.household.householdNo, 1);
    const raised = 11_000 * lifecycle.household.memberCount;
    await income.editText(lifecycle.recordId, 'wageIncome', String(raised));
    await app.status().filter({ hasText: '工资性收入' }).waitFor();
    expect(await income.perCapita(lifecycle.recordId).innerText()).toBe('11000.00');

    tab = await openHousehold(lifecycle.household);
    await tab.button('风险消除').click();
    const again = new DialogPage(page, '风险消除');
    await again.fill('风险消除日期', '2023-08-20');
    await again.press('标注风险消除');
    await again.waitClosed();
    const eliminated = tab.events().filter({ hasText: '风险消除' });
    await eliminated.waitFor();
    const eliminatedText = await eliminated.innerText();
    expect(eliminatedText).toContain('帮扶消除');
    expect(eliminatedText).toContain('11000.00 元');
    expect(eliminatedText).toContain('10420.00 元');
    expect(eliminatedText).toContain('10600.00 元');
    expect(await tab.state().innerText()).toContain('风险已消除');

    await tab.button('回退').click();
    const revert = new DialogPage(page, '回退风险消除');
    await revert.fill('回退原因', '入户核实务工收入中断');
    await revert.fill('回退日期', '2023年9月5日');
    await revert.press('确认回退');
    await revert.waitClosed();
    await tab.events().filter({ hasText: '回退' }).waitFor();
    expect(await tab.events().allInnerTexts()).toEqual([
      expect.stringContaining('识别纳入'),
      expect.stringContaining('风险消除'),
      expect.stringMatching(/回退[\s\S]*2023-09-05[\s\S]*入户核实务工收入中断/),
    ]);
    expect(await tab.button('风险消除').isEnabled()).toBe(true);

    await tab.button('新增措施').click();
    const measure = new DialogPage(page, '新增帮扶措施');
    await measure.select('年度', '2023年');
    await measure.select('帮扶措施', '就业帮扶');
    await measure.select('开始月份', '2023年9月');
    await measure.fill('说明', '介绍到县内帮扶车间务工');
    await measure.press('保存');
    await measure.waitClosed();
    const measures = tab.measures(2023);
    await measures.waitFor();
    expect(await measures.innerText()).toContain('就业帮扶');
    expect(await measures.innerText()).toContain('2023-09');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'monitoring-timeline.png') });
    expect(browser.errors).toEqual([]);
  });
});

describe('政策标准', () => {
  it('adds 2024 from the latest year, shows the server’s refusal of overlapping lines, and makes 2024-01 show warnings', async () => {
    const page = browser.page;
    const warnings = new WarningsPage(page);
    const policy = new PolicyPage(page);
    const { poor } = seeded;

    await warnings.open();
    await warnings.choosePeriod('2024-01');
    await warnings.missingPolicy().waitFor();
    expect(await warnings.missingPolicy().innerText()).toContain('没有 2024 年的政策标准（监测线、预警线等），请先在“政策标准”中添加 2024 年');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'monitoring-missing-policy.png') });
    await warnings.missingPolicy().getByRole('button', { name: '前往政策标准' }).click();
    await policy.waitOpen();

    await page.getByRole('button', { name: '新增年度' }).click();
    await expect.poll(() => policy.years()).toEqual(['2024 年', '2023 年']);
    expect(await policy.field('年度').inputValue()).toBe('2024');
    expect(await policy.field('监测线').inputValue()).toBe('10420.00');
    expect(await policy.lineRows().count()).toBe(2);

    await policy.field('监测线').fill('10900');
    await policy.lineInput(0, '起始月份').selectOption('01');
    await policy.lineInput(0, '结束月份').selectOption('11');
    await policy.save();
    await policy.serverError().waitFor();
    expect(await policy.serverError().innerText()).toContain('2024 年的预警线时段重叠');

    await policy.lineInput(0, '结束月份').selectOption('10');
    await policy.lineRows().nth(1).getByRole('button', { name: '按低保标准' }).click();
    const helper = page.getByRole('group', { name: '按低保标准计算' });
    await helper.getByLabel('低保标准').fill('7400');
    expect(await helper.innerText()).toContain('= 11100.00 元');
    await helper.getByRole('button', { name: '填入' }).click();
    expect(await policy.lineInput(1, '预警线（元）').inputValue()).toBe('11100.00');
    expect(await policy.lineInput(1, '依据').inputValue()).toBe('1.5 × 低保标准 7400 元');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'monitoring-policy.png') });
    await policy.save();
    await app.status().filter({ hasText: '已保存 2024 年政策标准' }).waitFor();

    const stored = (await ledger.call('policy.list', {})).find((p) => p.year === 2024);
    expect(stored?.monitoringLineFen).toBe(1_090_000);
    expect(stored?.warningLines).toEqual([
      { from: '2024-01', to: '2024-10', lineFen: 1_060_000 },
      { from: '2024-11', to: '2024-12', lineFen: 1_110_000, basis: '1.5 × 低保标准 7400 元' },
    ]);

    await warnings.open();
    await warnings.choosePeriod('2024-01');
    await warnings.waitForPeriod('2024-01');
    expect(await warnings.missingPolicy().count()).toBe(0);
    await warnings.ruleChip('收入低于监测线').click();
    const card = warnings.cardsOf(poor.household.householdNo);
    await card.waitFor();
    expect(await card.innerText()).toContain('低于 2024 年监测线 10900.00 元');
    expect(browser.errors).toEqual([]);
  });
});
