/**
 * The ledger grids end to end: real headless Chromium against browser mode over a real SQLite
 * ledger seeded with the 200-household demo town. Each test starts from a fresh page load.
 * Screenshots land in test-output/screenshots/ for a human look.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { completeIdNumber } from '../../shared/domain/id-number';
import { AppPage } from './pages/AppPage';
import { DetailPanePage } from './pages/DetailPanePage';
import { DialogPage } from './pages/DialogPage';
import { HouseholdGridPage } from './pages/HouseholdGridPage';
import { MemberGridPage } from './pages/MemberGridPage';
import { launchTestBrowser, SCREENSHOT_DIR, startBrowserModeLedger, type BrowserModeLedger, type TestBrowser } from './support/browser-mode';

let ledger: BrowserModeLedger;
let browser: TestBrowser;
let app: AppPage;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  ledger = await startBrowserModeLedger({ households: 200, seed: 1 });
  browser = await launchTestBrowser();
  app = new AppPage(browser.page);
  await app.open(ledger.host.openUrl);
});

afterAll(async () => {
  await browser?.close();
  await ledger?.close();
});

beforeEach(async () => {
  // Grid views (filters, sort, columns) are saved per screen; each test starts from the default view.
  await browser.page.evaluate(() => localStorage.clear());
  await app.reload();
});

function historyCount(table: 'members' | 'households', id: number): number {
  return (ledger.service.db.prepare('SELECT count(*) AS n FROM history WHERE table_name = ? AND record_id = ?').get(table, id) as { n: number }).n;
}

/** A seeded member at a fixed position, so each test edits a different person. */
async function memberAt(offset: number) {
  const page = await ledger.call('members.list', { offset, limit: 1 });
  const member = page.rows[0];
  if (!member) throw new Error(`no member at ${offset}`);
  return member;
}

async function householdAt(offset: number) {
  const page = await ledger.call('households.list', { offset, limit: 1 });
  const household = page.rows[0];
  if (!household) throw new Error(`no household at ${offset}`);
  return household;
}

describe('household grid', () => {
  it('shows Chinese headers and the seeded households', async () => {
    const grid = new HouseholdGridPage(browser.page);
    await grid.waitForRows();
    const headers = await grid.headerTexts();
    expect(headers).toEqual(expect.arrayContaining(['户编号', '户主姓名', '村', '组', '户类型', '监测对象类别', '脱贫年度']));
    expect(headers.filter((h) => /[A-Za-z]/.test(h))).toEqual([]);

    const first = await householdAt(0);
    expect(await grid.total()).toBe(200);
    expect(await grid.cell(first.id, 'householdNo').innerText()).toBe(first.householdNo);
    expect(await grid.cell(first.id, 'headName').innerText()).toBe(first.headName);
    expect(await grid.cell(first.id, 'householdType').innerText()).toBe(first.householdType);
    await app.screenshot('households-grid');
    expect(browser.errors).toEqual([]);
  });

  it('narrows the grid to the matching household with the quick search', async () => {
    const grid = new HouseholdGridPage(browser.page);
    await grid.waitForRows();
    const target = await householdAt(137);

    await grid.search(target.householdNo, 1);
    expect(await grid.rowIds()).toEqual([String(target.id)]);

    await grid.search(target.headName ?? '', (await ledger.call('households.list', { search: target.headName ?? '', limit: 1 })).total);
    expect(await grid.rowIds()).toContain(String(target.id));

    await grid.search('', 200);
  });

  it('sorts by a clicked header on the server, ascending then descending', async () => {
    const grid = new HouseholdGridPage(browser.page);
    await grid.waitForRows();
    const unsorted = await grid.rowIds();
    const expected = async (sort: 'asc' | 'desc') =>
      (await ledger.call('households.list', { limit: 10, sort: [{ colId: 'exitYear', sort }] })).rows.map((r) => String(r.id));

    await grid.clickHeader('脱贫年度');
    await expect.poll(async () => (await grid.rowIds()).slice(0, 10)).toEqual(await expected('asc'));
    await grid.clickHeader('脱贫年度');
    await expect.poll(async () => (await grid.rowIds()).slice(0, 10)).toEqual(await expected('desc'));
    expect((await grid.rowIds()).slice(0, 10)).not.toEqual(unsorted.slice(0, 10));

    const years = (await grid.columnTexts('exitYear')).slice(0, 10).map(Number);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('shows the selected household’s members and the history of a cell edit', async () => {
    const grid = new HouseholdGridPage(browser.page);
    const detail = new DetailPanePage(browser.page, '户详情');
    const target = await householdAt(42);
    const { members } = await ledger.call('households.get', { id: target.id });

    await grid.search(target.householdNo, 1);
    await grid.selectRow(target.id, 'householdNo');
    await expect.poll(() => detail.memberNames()).toEqual(members.map((m) => m.name));

    await grid.editText(target.id, 'helperName', '测试帮扶人');
    await app.status().filter({ hasText: '帮扶责任人' }).waitFor();
    expect((await ledger.call('households.get', { id: target.id })).household.helperName).toBe('测试帮扶人');

    await detail.openTab('修改记录');
    await expect.poll(async () => (await detail.historyTexts())[0] ?? '').toContain('帮扶责任人');
    const [latest] = await detail.historyTexts();
    expect(latest).toContain('测试帮扶人');
    expect(latest).toContain(target.helperName ?? '（空）');
    expect((await detail.historyTexts()).some((text) => text.includes('新建'))).toBe(true);
    await app.screenshot('household-detail-history');

    await detail.openTab(/家庭成员/);
    await app.screenshot('household-detail-members');
  });
});

describe('member grid', () => {
  it('keeps an edited member cell after the page is reloaded', async () => {
    const grid = new MemberGridPage(browser.page);
    const member = await memberAt(31);
    const before = historyCount('members', member.id);
    await app.goTo('家庭成员');
    await grid.waitForRows();
    await app.screenshot('members-grid');
    await grid.search(member.idNo, 1);

    await grid.editText(member.id, 'ethnicity', '瑶族');
    await app.status().filter({ hasText: '已保存' }).waitFor();

    await app.reload();
    await app.goTo('家庭成员');
    await grid.search(member.idNo, 1);
    expect(await grid.cell(member.id, 'ethnicity').innerText()).toBe('瑶族');

    const stored = await ledger.call('members.byIdNo', { idNo: member.idNo });
    expect(stored.member.ethnicity).toBe('瑶族');
    expect(historyCount('members', member.id)).toBe(before + 1);
  });

  it('filters a column on the server and counts only the matching members', async () => {
    const grid = new MemberGridPage(browser.page);
    await app.goTo('家庭成员');
    await grid.waitForRows();
    const expected = await ledger.call('members.list', { limit: 100, filters: { age: { filterType: 'number', type: 'equals', filter: 65 } } });
    expect(expected.total).toBeGreaterThan(0);

    await grid.filterColumn('age', '65');
    await browser.page.locator('.view-count').filter({ hasText: `共 ${expected.total} 人` }).waitFor();
    await grid.waitForRows();
    const shown = await grid.rowIds();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(expected.rows.slice(0, shown.length).map((r) => String(r.id)));
    expect(new Set(await grid.columnTexts('age'))).toEqual(new Set(['65']));
  });

  it('refuses a 证件号码 with a wrong check digit in the cell and saves nothing', async () => {
    const grid = new MemberGridPage(browser.page);
    const member = await memberAt(57);
    const wrongCheck = member.idNo.endsWith('1') ? '2' : '1';
    const badId = member.idNo.slice(0, 17) + wrongCheck;
    const historyBefore = historyCount('members', member.id);
    const updateCalls: string[] = [];
    browser.page.on('request', (request) => {
      if (request.url().includes('/api/members.update')) updateCalls.push(request.url());
    });

    await app.goTo('家庭成员');
    await grid.search(member.idNo, 1);
    await grid.editText(member.id, 'idNo', badId);

    const alert = app.alert();
    await alert.waitFor();
    expect(await alert.innerText()).toContain(`证件号码“${badId}”校验位不对`);
    expect(await alert.innerText()).toContain(member.name);
    expect(await grid.cell(member.id, 'idNo').innerText()).toBe(member.idNo);
    await app.screenshot('refused-id-message');

    expect(updateCalls).toEqual([]);
    const stored = ledger.service.db.prepare('SELECT id_no AS idNo FROM members WHERE id = ?').get(member.id) as { idNo: string };
    expect(stored.idNo).toBe(member.idNo);
    expect(historyCount('members', member.id)).toBe(historyBefore);
  });

  it('saves a corrected 证件号码 and shows the sex and birth date read from it', async () => {
    const grid = new MemberGridPage(browser.page);
    const member = await memberAt(64);
    // Same person, birth date moved by one day (a typical typing slip being corrected).
    const first17 = `${member.idNo.slice(0, 6)}19770707${member.idNo.slice(14, 17)}`;
    const corrected = completeIdNumber(first17);

    await app.goTo('家庭成员');
    await grid.search(member.idNo, 1);
    await grid.editText(member.id, 'idNo', corrected);
    await app.status().filter({ hasText: '证件号码' }).waitFor();

    expect(await grid.cell(member.id, 'idNo').innerText()).toBe(corrected);
    expect(await grid.cell(member.id, 'birthDate').innerText()).toBe('1977-07-07');
    expect((await ledger.call('members.byIdNo', { idNo: corrected })).member.id).toBe(member.id);
  });
});

describe('adding and removing', () => {
  it('adds a household and its first member through the dialogs, refusing a bad ID first', async () => {
    const page = browser.page;
    const grid = new HouseholdGridPage(page);
    const detail = new DetailPanePage(page, '户详情');
    const [village] = await ledger.call('units.villages', {});
    if (!village) throw new Error('demo ledger has no village');
    const householdNo = '440229101999990001';

    await page.getByRole('button', { name: '新增户' }).click();
    const addHousehold = new DialogPage(page, '新增户');
    await addHousehold.select('村', village.name);
    await addHousehold.fill('组', village.groups[0]?.name ?? '第一村民小组');
    await addHousehold.fill('户编号', householdNo);
    await addHousehold.select('户类型', '一般农户');
    await addHousehold.press('保存');
    await addHousehold.waitClosed();
    await app.status().filter({ hasText: `已新增户 ${householdNo}` }).waitFor();
    await detail.root.getByText('这一户还没有成员').waitFor();

    await detail.root.getByRole('button', { name: '新增成员' }).click();
    const addMember = new DialogPage(page, /新增成员/);
    const goodId = completeIdNumber('44022919880808123');
    const badId = goodId.slice(0, 17) + (goodId.endsWith('1') ? '2' : '1');
    await addMember.fill('姓名', '测试新人');
    await addMember.fill('证件号码', badId);
    await addMember.select('与户主关系', '户主');
    await addMember.press('保存');
    await expect.poll(() => addMember.fieldMessage('证件号码').innerText()).toContain('校验位不对');
    await app.screenshot('add-member-refused-id');

    await addMember.fill('证件号码', goodId);
    expect(await addMember.fieldMessage('证件号码').innerText()).toBe('男 · 出生日期 1988-08-08');
    await addMember.press('保存');
    await addMember.waitClosed();
    await app.status().filter({ hasText: '已新增成员 测试新人' }).waitFor();
    await expect.poll(() => detail.memberNames()).toEqual(['测试新人']);

    const created = await ledger.call('members.byIdNo', { idNo: goodId });
    expect(created.household.householdNo).toBe(householdNo);
    await grid.search(householdNo, 1);
    await expect.poll(() => grid.cell(created.household.id, 'memberCount').innerText()).toBe('1');
    expect(await grid.cell(created.household.id, 'headName').innerText()).toBe('测试新人');
  });

  it('moves a member out and cancels a household, hiding both from the default lists', async () => {
    const page = browser.page;
    const grid = new HouseholdGridPage(page);
    const detail = new DetailPanePage(page, '户详情');
    const candidates = (await ledger.call('households.list', { offset: 80, limit: 40 })).rows;
    const target = candidates.find((h) => h.memberCount >= 3);
    if (!target) throw new Error('the demo has no household of three after position 80');
    const { members } = await ledger.call('households.get', { id: target.id });
    const leaving = members.find((m) => m.relation !== '户主' && m.status === '在户');
    if (!leaving) throw new Error(`household ${target.householdNo} has no member besides the head`);

    await grid.search(target.householdNo, 1);
    await grid.selectRow(target.id, 'householdNo');
    await detail.root.getByRole('button', { name: `移出 ${leaving.name}` }).click();
    const moveOut = new DialogPage(page, '成员移出');
    await moveOut.choose('迁出');
    await moveOut.press('确认');
    await moveOut.waitClosed();
    await app.status().filter({ hasText: `已将 ${leaving.name} 标记为“迁出”` }).waitFor();
    await expect.poll(() => grid.cell(target.id, 'memberCount').innerText()).toBe(String(target.memberCount - 1));
    expect((await ledger.call('members.byIdNo', { idNo: leaving.idNo })).member.status).toBe('迁出');

    await detail.root.getByRole('button', { name: '注销此户' }).click();
    const cancel = new DialogPage(page, '注销户');
    await cancel.press('确认注销');
    await cancel.waitClosed();
    await app.status().filter({ hasText: `已注销户 ${target.householdNo}` }).waitFor();
    await page.locator('.view-count').filter({ hasText: '共 0 户' }).waitFor();
    expect((await ledger.call('households.get', { id: target.id })).household.status).toBe('已注销');

    await grid.toggleIncludeRemoved('显示已注销户');
    await page.locator('.view-count').filter({ hasText: '共 1 户' }).waitFor();
    await grid.waitForRows();
    expect(await grid.cell(target.id, 'status').innerText()).toBe('已注销');
  });
});
