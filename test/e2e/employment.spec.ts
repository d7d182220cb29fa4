/**
 * 就业帮扶 end to end, in real headless Chromium against browser mode over the seeded demo ledger:
 * two months of village employment returns (脱贫劳动力就业台账, generated here from the shared
 * template's headers) are imported through 数据导入; the labourer who worked 省外 in the first
 * month and is at home in the second gets a 返乡回流 case; the clerk records three 岗位推荐, a
 * 就业指导 and a 就业培训 for them and sees them turn 达标 (1/1/3). The 就业台账 grid, its checked
 * edits and export, 就业服务 and the 近期截止 panel are looked at on the way.
 * The months are the first month of the current quarter (at home, with a need — what the quarter's
 * needs sheet reads) and the month before it (away), so the services recorded today fall in the
 * quarter of the need. Screenshots land in test-output/screenshots/employment-*.png.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmploymentRow } from '../../shared/api/employment-contract';
import { isAway } from '../../shared/domain/employment';
import { maskIdNumber } from '../../shared/domain/id-number';
import { EMPLOYMENT_TEMPLATE } from '../../shared/templates/employment';
import { AppPage } from './pages/AppPage';
import { DialogPage } from './pages/DialogPage';
import { EmploymentGridPage } from './pages/EmploymentGridPage';
import { EmploymentReturneesPage } from './pages/EmploymentReturneesPage';
import { EmploymentServicesPage } from './pages/EmploymentServicesPage';
import { ImportPage } from './pages/ImportPage';
import { launchTestBrowser, SCREENSHOT_DIR, startBrowserModeLedger, type BrowserModeLedger, type TestBrowser } from './support/browser-mode';

let ledger: BrowserModeLedger;
let browser: TestBrowser;
let app: AppPage;
let files: string;

const pad2 = (n: number) => String(n).padStart(2, '0');
const now = new Date();
/** The first month of this quarter (the needs sheet reads it) and the month before it. */
const FIRST_MONTH_INDEX = Math.floor(now.getMonth() / 3) * 3;
const CURRENT = `${now.getFullYear()}-${pad2(FIRST_MONTH_INDEX + 1)}`;
const PREVIOUS = FIRST_MONTH_INDEX === 0 ? `${now.getFullYear() - 1}-12` : `${now.getFullYear()}-${pad2(FIRST_MONTH_INDEX)}`;
/** The month of today, which the 再次外出 dialog starts from. */
const CURRENT_MONTH_TODAY = `${now.getFullYear()}-${pad2(now.getMonth() + 1)}`;
/** Rows reload through the server after a choice; give them the page's own wait. */
const WAIT = { timeout: 10_000 };
const monthTitle = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** One labourer-month as a village writes it, keyed by the template's column keys. */
type ReturnLine = Partial<Record<string, string>>;

/** Labourers of the seeded ledger: the one who comes home, one working 县内, one 省内县外. */
const people = {} as Record<'returnee' | 'local' | 'away', EmploymentRow>;

function lines(month: string): ReturnLine[] {
  const { returnee, local, away } = people;
  const base = (p: EmploymentRow): ReturnLine => ({ town: p.town ?? '', village: p.village ?? '', name: p.name, idNo: p.idNo, reportMonth: month });
  const atHome = month === CURRENT;
  return [
    atHome
      ? { ...base(returnee), employed: '否', jobNeed: '是', trainingNeed: '是', trainingKind: '电工', wishedJob: '电工', wishedRegion: '县内' }
      : { ...base(returnee), employed: '是', region: '省外', workProvince: '浙江省', workCity: '宁波市', workCounty: '慈溪市', employer: '慈溪某电器厂', channel: '外出务工', startMonth: `${PREVIOUS.slice(0, 4)}-01`, monthsWorked: '6', monthlyWage: '4800', jobNeed: '否', trainingNeed: '否' },
    { ...base(local), employed: '是', region: '县内', workProvince: '广东省', workCity: '韶关市', workCounty: '翁源县', employer: '翁源县帮扶车间', channel: '帮扶车间', startMonth: `${PREVIOUS.slice(0, 4)}-02`, monthsWorked: '5', monthlyWage: '2600', jobNeed: '否', trainingNeed: '否' },
    { ...base(away), employed: '是', region: '省内县外', workProvince: '广东省', workCity: '深圳市', workCounty: '宝安区', employer: '深圳某电子厂', channel: '外出务工', startMonth: `${PREVIOUS.slice(0, 4)}-03`, monthsWorked: '4', monthlyWage: '5200', transportSubsidy: '300', jobNeed: '否', trainingNeed: '否' },
  ];
}

/** A 脱贫劳动力就业台账 as villages send it: title, the template's headers, rows, 填表人 footer. */
async function employmentReturn(month: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('就业台账');
  ws.addRow([`龙仙镇${monthTitle(month)}脱贫劳动力就业台账`]);
  ws.addRow(EMPLOYMENT_TEMPLATE.columns.map((c) => c.header));
  for (const line of lines(month)) ws.addRow(EMPLOYMENT_TEMPLATE.columns.map((c) => line[c.key] ?? ''));
  ws.getColumn(EMPLOYMENT_TEMPLATE.columns.findIndex((c) => c.key === 'idNo') + 1).numFmt = '@';
  ws.addRow([]);
  ws.addRow(['填表人：李明', '', '', '审核人：张强']);
  const path = join(files, `就业台账-${month}.xlsx`);
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return path;
}

async function importReturn(path: string, month: string): Promise<void> {
  const imports = new ImportPage(browser.page);
  await imports.open();
  await imports.chooseFile(path);
  const fileName = path.split('/').pop() ?? path;
  await imports.waitForPreview(fileName);
  expect(await imports.month().value()).toBe(month);
  expect(await imports.count('读取')).toBe(3);
  expect(await imports.count('有错误')).toBe(0);
  await app.screenshot(`employment-import-preview-${month}`);
  await imports.button('确认导入').click();
  await imports.result().waitFor();
  await imports.button('导入下一个文件').click();
}

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  files = mkdtempSync(join(tmpdir(), 'shoudi-e2e-employment-'));
  ledger = await startBrowserModeLedger({ households: 200, seed: 1 });
  const labourers = (await ledger.call('employment.list', { month: PREVIOUS, limit: 300 })).rows.filter((r) => r.isLabourer && r.age >= 25 && r.age <= 45);
  // The demo town has months and cases of its own: take labourers from different households with
  // no case, whose last recorded month (before the test's) was at home, so the only return the
  // test's months can make is the one it means to.
  const households = new Set<number>();
  const fresh: EmploymentRow[] = [];
  for (const row of labourers) {
    if (fresh.length === 3) break;
    if (households.has(row.householdId) || row.returneeStatus !== null) continue;
    const months = await ledger.call('employment.months', { memberId: row.memberId });
    const last = months.at(-1);
    if (last !== undefined && (last.month >= PREVIOUS || isAway(last.employed === '是' ? last.region : null))) continue;
    households.add(row.householdId);
    fresh.push(row);
  }
  const [returnee, local, away] = fresh;
  if (!returnee || !local || !away) throw new Error(`the demo ledger has too few labourers at home without a case (${fresh.length})`);
  Object.assign(people, { returnee, local, away });
  // Service targets and due days come from the year's policy: the clerk adds this year's first.
  const policies = await ledger.call('policy.list', {});
  const latest = [...policies].sort((a, b) => b.year - a.year)[0];
  if (!latest) throw new Error('the demo ledger has no policy');
  if (!policies.some((p) => p.year === now.getFullYear())) await ledger.call('policy.save', { policy: { ...latest, year: now.getFullYear(), warningLines: [] } });
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

describe('就业帮扶', () => {
  it('imports two months of employment returns and shows them, masked, in 就业台账 with its filters', async () => {
    await importReturn(await employmentReturn(PREVIOUS), PREVIOUS);
    await importReturn(await employmentReturn(CURRENT), CURRENT);

    const grid = new EmploymentGridPage(browser.page);
    await grid.open();
    await grid.chooseMonth(PREVIOUS);
    await grid.search(people.returnee.idNo, 1);
    const { returnee, away } = people;
    await expect.poll(() => grid.cell(returnee.memberId, 'region').innerText(), WAIT).toBe('省外');
    expect(await grid.cell(returnee.memberId, 'employer').innerText()).toBe('慈溪某电器厂');
    expect(await grid.cell(returnee.memberId, 'monthlyWageFen').innerText()).toBe('4800.00');
    expect(await grid.cell(returnee.memberId, 'idNo').innerText()).toContain(maskIdNumber(returnee.idNo));

    await grid.search('');
    await grid.pick('村', away.village ?? '全部村');
    await grid.pick('务工区域', '省内县外');
    await expect.poll(() => grid.rowIds(), WAIT).toContain(String(away.memberId));
    expect(await grid.columnTexts('region')).toEqual((await grid.columnTexts('region')).map(() => '省内县外'));
    await app.screenshot('employment-grid');

    await grid.chooseMonth(CURRENT);
    await grid.pick('村', returnee.village ?? '全部村');
    await grid.pick('务工区域', '全部区域');
    await grid.pick('需求', '有培训需求');
    await expect.poll(() => grid.rowIds(), WAIT).toContain(String(returnee.memberId));
    expect(await grid.cell(returnee.memberId, 'trainingKind').innerText()).toBe('电工');
    expect(await grid.cell(returnee.memberId, 'returneeStatus').innerText()).toBe('跟踪中');
    expect(browser.errors).toEqual([]);
  });

  it('saves a checked cell edit and refuses 13 months worked without saving it', async () => {
    const grid = new EmploymentGridPage(browser.page);
    const { away } = people;
    await grid.open();
    await grid.chooseMonth(CURRENT);
    await grid.search(away.idNo, 1);
    await grid.cell(away.memberId, 'monthlyWageFen').waitFor();

    await grid.editText(away.memberId, 'monthlyWageFen', '5600.5');
    await grid.message().filter({ hasText: '已保存' }).waitFor();
    expect(await grid.cell(away.memberId, 'monthlyWageFen').innerText()).toBe('5600.50');
    const saved = await ledger.call('employment.list', { month: CURRENT, search: away.idNo });
    expect(saved.rows[0]?.monthlyWageFen).toBe(560050);

    await grid.editText(away.memberId, 'monthsWorked', '13');
    await grid.message().filter({ hasText: '0–12' }).waitFor();
    await app.screenshot('employment-grid-refused');
    expect(await grid.cell(away.memberId, 'monthsWorked').innerText()).toBe('4');
    const unchanged = await ledger.call('employment.list', { month: CURRENT, search: away.idNo });
    expect(unchanged.rows[0]?.monthsWorked).toBe(4);
  });

  it('downloads the quarter’s three sheets: 需求表, 落实情况表 and 返乡回流台账', async () => {
    const grid = new EmploymentGridPage(browser.page);
    await grid.open();
    await grid.chooseMonth(CURRENT);
    const names: string[] = [];
    for (const sheet of ['需求表', '落实情况表', '返乡回流台账'] as const) {
      const download = browser.page.waitForEvent('download');
      await grid.exportButton(sheet).click();
      const file = await download;
      names.push(file.suggestedFilename());
      await grid.message().filter({ hasText: `已导出“${file.suggestedFilename()}”` }).waitFor();
    }
    expect(names.every((name) => name.endsWith('.xlsx'))).toBe(true);
    expect(new Set(names).size).toBe(3);
  });

  it('shows the returnee’s case, records 3 recommendations, a guidance and a training, and the labourer turns 达标', async () => {
    const returnees = new EmploymentReturneesPage(browser.page);
    const { returnee } = people;
    await returnees.open();
    await returnees.scope('本季度待跟进');
    await returnees.search(returnee.idNo);
    await expect.poll(() => returnees.grid.rowIds(), WAIT).toHaveLength(1);
    await returnees.rowOf(returnee.name).waitFor();
    await returnees.select(returnee.name);
    const detail = returnees.detail(returnee.name);
    expect(await detail.innerText()).toContain('跟踪中');
    expect(await detail.innerText()).toContain('省外回流');
    await expect.poll(() => returnees.verdict().innerText(), WAIT).toBe('未达标');
    await app.screenshot('employment-returnee-open');
    // The demo town may have served this labourer before the return; count what is added here.
    const before = await returnees.history().locator('li').count();

    for (const [employer, post] of [
      ['翁源县某电子厂', '普工'],
      ['翁源县帮扶车间', '质检员'],
      ['韶关某物流公司', '仓管员'],
    ] as const) {
      await returnees.recordService('岗位推荐', { 推荐单位: employer, 推荐岗位: post });
    }
    await returnees.recordService('就业指导');
    // Guidance and three recommendations but no training yet: still 未达标, and the reason says why.
    await expect.poll(() => returnees.standing().innerText(), WAIT).toMatch(/就业指导\s*1\/1/);
    expect(await returnees.verdict().innerText()).toBe('未达标');
    expect(await returnees.standing().locator('.standing-reason').innerText()).toContain('就业培训 0 次');
    await returnees.recordService('就业培训', { 培训项目: '电工' });

    await expect.poll(() => returnees.verdict().innerText(), WAIT).toBe('达标');
    const standing = await returnees.standing().innerText();
    expect(standing).not.toContain('未达标');
    expect(standing).toMatch(/就业指导\s*1\/1/);
    expect(standing).toMatch(/就业培训\s*1\/1/);
    expect(standing).toMatch(/岗位推荐\s*3\/3/);
    await expect.poll(() => returnees.history().locator('li').count(), WAIT).toBe(before + 5);
    await expect.poll(() => detail.innerText(), WAIT).toContain('返乡以来 5 次');
    expect(await detail.innerText()).not.toContain('本季度待跟进');
    expect(await returnees.history().innerText()).toContain('韶关某物流公司 · 仓管员');
    await app.screenshot('employment-returnee-met');

    // Served this quarter: no longer on the follow-up list.
    await returnees.scope('跟踪台账');
    await returnees.scope('本季度待跟进');
    await expect.poll(() => returnees.rowOf(returnee.name).count(), WAIT).toBe(0);
    expect(browser.errors).toEqual([]);
  });

  it('lists the labourer as 达标 in 就业服务', async () => {
    const services = new EmploymentServicesPage(browser.page);
    await services.open();
    const row = services.rowOf(people.returnee.name);
    await row.waitFor();
    expect(await row.innerText()).toContain('达标');
    expect(await row.innerText()).not.toContain('未达标');
    await row.click();
    await browser.page.getByLabel(`${people.returnee.name} 的就业服务`).waitFor();
    await app.screenshot('employment-services');
  });

  it('closes the case on 再就业', async () => {
    const returnees = new EmploymentReturneesPage(browser.page);
    const { returnee } = people;
    await returnees.open();
    await returnees.search(returnee.idNo);
    await expect.poll(() => returnees.grid.rowIds(), WAIT).toHaveLength(1);
    await returnees.select(returnee.name);
    await browser.page.getByRole('button', { name: '记录再就业', exact: true }).click();
    const dialog = new DialogPage(browser.page, '记录再就业');
    await dialog.fill('再就业单位', '翁源县帮扶车间');
    await dialog.select('就业方式', '帮扶车间/乡村振兴车间');
    await dialog.press('保存并结案');
    await dialog.root.waitFor({ state: 'detached' });
    await expect.poll(() => returnees.detail(returnee.name).innerText(), WAIT).toContain('已再就业');
    const cases = await ledger.call('returnees.list', {});
    expect(cases.find((c) => c.memberId === returnee.memberId)?.status).toBe('已再就业');
    await app.screenshot('employment-returnee-closed');
  });

  it('opens a case by hand for a labourer found by 证件号码, refusing a mistyped ID first', async () => {
    const returnees = new EmploymentReturneesPage(browser.page);
    const { local } = people;
    await returnees.open();
    await browser.page.getByRole('button', { name: '手工建档', exact: true }).click();
    const dialog = new DialogPage(browser.page, '手工建立返乡回流档案');
    await dialog.fill('证件号码', `${local.idNo.slice(0, 17)}${local.idNo.endsWith('1') ? '2' : '1'}`);
    await dialog.fill('返乡时间', `${PREVIOUS}-05`);
    await dialog.select('原务工区域', '省内县外回流');
    await dialog.press('建档');
    await dialog.root.locator('.field-error').first().waitFor();
    expect(await dialog.root.locator('.field-error').first().innerText()).toContain('校验');
    await app.screenshot('employment-open-case-refused');

    await dialog.fill('证件号码', local.idNo);
    await dialog.select('返乡原因', '合同到期');
    await dialog.fill('原务工地', '广东省深圳市');
    await dialog.press('建档');
    await dialog.root.waitFor({ state: 'detached' });
    await returnees.detail(local.name).waitFor();
    expect(await returnees.detail(local.name).innerText()).toContain('合同到期');
    await returnees.rowOf(local.name).filter({ hasText: '手工' }).waitFor();
    const cases = await ledger.call('returnees.list', {});
    const opened = cases.find((c) => c.memberId === local.memberId);
    expect(cases.filter((c) => c.memberId === local.memberId)).toHaveLength(1);
    expect(opened?.source).toBe('手工');
    expect(opened?.originRegion).toBe('省内县外回流');
    expect(opened?.status).toBe('跟踪中');

    // The labourer went back to work outside the county: 再次外出 closes the case with the month.
    await browser.page.getByRole('button', { name: '再次外出', exact: true }).click();
    const leave = new DialogPage(browser.page, '记录再次外出');
    await leave.fill('外出地点', '广东省东莞市');
    await leave.press('保存并结案');
    await leave.root.waitFor({ state: 'detached' });
    await expect.poll(() => returnees.detail(local.name).innerText(), WAIT).toContain(`再次外出\n${CURRENT_MONTH_TODAY}`);
    const left = (await ledger.call('returnees.list', {})).find((c) => c.memberId === local.memberId);
    expect(left?.status).toBe('再次外出');
    expect(left?.leftAgainMonth).toBe(CURRENT_MONTH_TODAY);
    expect(left?.note).toContain('广东省东莞市');
    await app.screenshot('employment-returnee-left-again');
  });

  it('shows the next due dates with what is missing, and names them on click', async () => {
    const panel = browser.page.getByRole('region', { name: '近期截止' });
    const items = panel.locator('.due-item');
    await expect.poll(() => items.count(), WAIT).toBeGreaterThan(0);
    const due = await ledger.call('calendar.due', {});
    expect(await items.count()).toBe(due.items.length);
    const first = due.items[0];
    if (!first) throw new Error('no calendar item');
    await items.first().click();
    const dialog = new DialogPage(browser.page, first.title);
    await dialog.root.waitFor();
    expect(await dialog.root.innerText()).toContain(first.dueDate);
    await app.screenshot('employment-calendar');
    await dialog.press('知道了');
  });
});
