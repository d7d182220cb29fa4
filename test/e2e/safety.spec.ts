/**
 * Safety end to end: 撤销/重做 (buttons, Ctrl+Z / Ctrl+Y, persisted across a reload), 恢复到此版本
 * from a record's history, 备份与恢复 (立即备份, 从此备份恢复 with its 恢复前 backup), masked ID and
 * phone numbers revealed per row, and the idle lock. Real headless Chromium against browser mode
 * over a real SQLite ledger seeded with the demo town; screenshots in test-output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { BackupPage } from './pages/BackupPage';
import { DetailPanePage } from './pages/DetailPanePage';
import { DialogPage } from './pages/DialogPage';
import { HouseholdGridPage } from './pages/HouseholdGridPage';
import { MemberGridPage } from './pages/MemberGridPage';
import { MASKED_ID, MASKED_MOBILE, SafetyPage } from './pages/SafetyPage';
import { launchTestBrowser, SCREENSHOT_DIR, startBrowserModeLedger, type BrowserModeLedger, type TestBrowser } from './support/browser-mode';

let ledger: BrowserModeLedger;
let browser: TestBrowser;
let app: AppPage;
let safety: SafetyPage;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  ledger = await startBrowserModeLedger({ households: 200, seed: 1 });
  browser = await launchTestBrowser();
  app = new AppPage(browser.page);
  safety = new SafetyPage(browser.page);
  await app.open(ledger.host.openUrl);
});

afterAll(async () => {
  await browser?.close();
  await ledger?.close();
});

beforeEach(async () => {
  await app.reload();
});

async function memberAt(offset: number) {
  const page = await ledger.call('members.list', { offset, limit: 1 });
  const member = page.rows[0];
  if (!member) throw new Error(`no member at ${offset}`);
  return member;
}

async function storedEthnicity(idNo: string): Promise<string | null> {
  return (await ledger.call('members.byIdNo', { idNo })).member.ethnicity;
}

/** An ethnicity different from the member's, so the edit is a real change. */
function otherEthnicity(current: string | null): string {
  return current === '瑶族' ? '壮族' : '瑶族';
}

describe('撤销 and 重做', () => {
  it('undoes a cell edit with Ctrl+Z in the grid and the ledger, and redoes it with Ctrl+Y', async () => {
    const grid = new MemberGridPage(browser.page);
    const member = await memberAt(12);
    const original = member.ethnicity ?? '';
    const edited = otherEthnicity(member.ethnicity);
    await app.goTo('家庭成员');
    await grid.search(member.idNo, 1);

    await grid.editText(member.id, 'ethnicity', edited);
    await app.status().filter({ hasText: '已保存' }).waitFor();
    await safety.waitUndoOffers(new RegExp(`^撤销：.*${member.name}.*民族`));
    await app.screenshot('safety-undo-ready');

    await safety.pressShortcut('Control+z');
    await app.status().filter({ hasText: '已撤销' }).waitFor();
    await expect.poll(() => grid.cell(member.id, 'ethnicity').innerText()).toBe(original);
    expect(await storedEthnicity(member.idNo)).toBe(member.ethnicity);
    expect(await safety.redoButton().isEnabled()).toBe(true);
    expect(await safety.redoButton().getAttribute('title')).toMatch(new RegExp(`^重做：修改 ${member.name} 的 民族`));
    await app.screenshot('safety-undone');

    await safety.pressShortcut('Control+y');
    await app.status().filter({ hasText: '已重做' }).waitFor();
    await expect.poll(() => grid.cell(member.id, 'ethnicity').innerText()).toBe(edited);
    expect(await storedEthnicity(member.idNo)).toBe(edited);
  });

  it('leaves Ctrl+Z to the search box while the clerk types in it', async () => {
    const grid = new MemberGridPage(browser.page);
    const member = await memberAt(14);
    await ledger.call('members.update', { id: member.id, patch: { ethnicity: otherEthnicity(member.ethnicity) } });
    await app.reload();
    await app.goTo('家庭成员');
    await grid.waitForRows();
    await safety.waitUndoOffers(/^撤销：/);

    const search = browser.page.getByPlaceholder('搜索 姓名 / 证件号码 / 户编号');
    await search.fill('张');
    await search.press('Control+z');
    expect(await storedEthnicity(member.idNo)).toBe(otherEthnicity(member.ethnicity));
  });

  it('keeps the undo step across a page reload, read from the ledger', async () => {
    const grid = new MemberGridPage(browser.page);
    const member = await memberAt(15);
    const edited = otherEthnicity(member.ethnicity);
    await app.goTo('家庭成员');
    await grid.search(member.idNo, 1);
    await grid.editText(member.id, 'ethnicity', edited);
    await app.status().filter({ hasText: '已保存' }).waitFor();

    await app.reload();
    await app.goTo('家庭成员');
    await grid.search(member.idNo, 1);
    await safety.waitUndoOffers(new RegExp(member.name));
    await safety.undoButton().click();
    await app.status().filter({ hasText: '已撤销' }).waitFor();
    await expect.poll(() => grid.cell(member.id, 'ethnicity').innerText()).toBe(member.ethnicity ?? '');
    expect(await storedEthnicity(member.idNo)).toBe(member.ethnicity);
  });
});

describe('恢复到此版本', () => {
  it('puts a household back to an earlier version from its history, as one undoable edit', async () => {
    const grid = new HouseholdGridPage(browser.page);
    const detail = new DetailPanePage(browser.page, '户详情');
    const household = (await ledger.call('households.list', { offset: 20, limit: 1 })).rows[0]!;
    await ledger.call('households.update', { id: household.id, patch: { helperName: '李恢复' } });
    await ledger.call('households.update', { id: household.id, patch: { helperName: '王后改' } });
    await app.reload();

    await grid.search(household.householdNo, 1);
    expect(await grid.cell(household.id, 'helperName').innerText()).toBe('王后改');
    await grid.selectRow(household.id, 'householdNo');
    await detail.openTab('修改记录');
    const entry = detail.history().locator('li').filter({ hasText: '李恢复' }).filter({ hasNotText: '王后改' });
    await entry.getByRole('button', { name: '恢复到此版本' }).click();
    const dialog = new DialogPage(browser.page, '恢复到此版本');
    await dialog.root.getByText('帮扶责任人').first().waitFor();
    await app.screenshot('safety-restore-version');
    await dialog.press('确认恢复');
    await dialog.waitClosed();

    await app.status().filter({ hasText: '恢复到' }).waitFor();
    await expect.poll(() => grid.cell(household.id, 'helperName').innerText()).toBe('李恢复');
    expect((await ledger.call('households.get', { id: household.id })).household.helperName).toBe('李恢复');
    await expect.poll(() => detail.historyTexts()).toContainEqual(expect.stringMatching(/王后改[\s\S]*李恢复/));
    await safety.waitUndoOffers(/^撤销：恢复到/);
  });
});

describe('备份与恢复', () => {
  it('shows the backup folder and adds a row for 立即备份', async () => {
    const backups = new BackupPage(browser.page);
    const { dir } = await ledger.call('backup.list', {});
    await safety.goTo('备份与恢复');
    await expect.poll(() => backups.folder().innerText()).toContain(dir);
    const before = await backups.rows().count();

    await backups.backupNow();
    await expect.poll(() => backups.rows().count()).toBe(before + 1);
    const newest = (await ledger.call('backup.list', {})).backups[0]!;
    expect(newest.reason).toBe('手动');
    expect(await backups.row(newest.fileName).innerText()).toContain('MB');
    await app.screenshot('safety-backups');
  });

  it('explains in Chinese why 备份到… a folder that does not exist failed', async () => {
    const backups = new BackupPage(browser.page);
    await safety.goTo('备份与恢复');
    const dialog = await backups.saveTo('/no/such/usb-stick');
    await dialog.root.getByRole('alert').waitFor();
    expect(await dialog.root.getByRole('alert').innerText()).toMatch(/[\u4e00-\u9fff]/);
    await app.screenshot('safety-save-to-error');
    await dialog.press('取消');
    await dialog.waitClosed();
  });

  it('brings an old value back from a backup and keeps a 恢复前 backup of the replaced ledger', async () => {
    const backups = new BackupPage(browser.page);
    const member = await memberAt(40);
    await safety.goTo('备份与恢复');
    await backups.backupNow();
    const taken = (await ledger.call('backup.list', {})).backups[0]!;
    const edited = otherEthnicity(member.ethnicity);
    await ledger.call('members.update', { id: member.id, patch: { ethnicity: edited } });
    const safetyBefore = await backups.rowsWithReason('恢复前').count();

    const dialog = await backups.openRestore(taken.fileName);
    await dialog.root.getByText('恢复前会先自动备份当前台账').waitFor();
    await app.screenshot('safety-restore-confirm');
    await dialog.press('确认恢复');
    await dialog.waitClosed();

    await app.status().filter({ hasText: '已从' }).waitFor();
    const safetyBackup = (await ledger.call('backup.list', {})).backups.find((b) => b.reason === '恢复前')!;
    expect(await app.status().innerText()).toContain(safetyBackup.fileName);
    await expect.poll(() => backups.rowsWithReason('恢复前').count()).toBe(safetyBefore + 1);
    expect(await storedEthnicity(member.idNo)).toBe(member.ethnicity);
    await app.screenshot('safety-restored');

    const grid = new MemberGridPage(browser.page);
    await safety.goTo('家庭成员');
    await grid.search(member.idNo, 1);
    expect(await grid.cell(member.id, 'ethnicity').innerText()).toBe(member.ethnicity ?? '');
  });
});

describe('个人信息保护', () => {
  it('masks IDs by default, reveals one row with the eye, and still finds a member by full ID', async () => {
    const grid = new MemberGridPage(browser.page);
    await app.goTo('家庭成员');
    await grid.waitForRows();
    const ids = (await grid.columnTexts('idNo')).slice(0, 10);
    expect(ids.length).toBe(10);
    for (const id of ids) expect(id).toMatch(MASKED_ID);

    const member = await memberAt(3);
    await grid.search(member.idNo, 1);
    expect(await grid.cell(member.id, 'idNo').innerText()).toMatch(MASKED_ID);
    await safety.revealRow(grid, member.id, 'idNo');
    expect(await grid.cell(member.id, 'idNo').innerText()).toBe(member.idNo);
    await app.screenshot('safety-revealed-row');

    await grid.search('');
    await grid.waitForRows();
    const others = (await grid.columnTexts('idNo')).filter((text) => text !== member.idNo).slice(0, 5);
    for (const id of others) expect(id).toMatch(MASKED_ID);
  });

  it('masks 户主证件号码 and 联系电话 in the household grid until the setting shows them in full', async () => {
    const grid = new HouseholdGridPage(browser.page);
    const withPhone = (await ledger.call('households.list', { limit: 200 })).rows.find((h) => h.phone !== null && /^1\d{10}$/.test(h.phone) && h.headIdNo !== null)!;
    await grid.search(withPhone.householdNo, 1);
    expect(await grid.cell(withPhone.id, 'headIdNo').innerText()).toMatch(MASKED_ID);
    expect(await grid.cell(withPhone.id, 'phone').innerText()).toMatch(MASKED_MOBILE);
    await app.screenshot('safety-masked');

    await safety.setShowFullNumbers(true);
    try {
      await safety.goTo('户信息');
      await grid.search(withPhone.householdNo, 1);
      expect(await grid.cell(withPhone.id, 'headIdNo').innerText()).toBe(withPhone.headIdNo);
      expect(await grid.cell(withPhone.id, 'phone').innerText()).toBe(withPhone.phone);
    } finally {
      await safety.setShowFullNumbers(false);
    }
  });
});

describe('自动锁定', () => {
  it('covers the ledger after a short idle time and 继续使用 dismisses it', async () => {
    await browser.page.evaluate(() => localStorage.setItem('shoudi.idleLockSeconds', '2'));
    try {
      await app.reload();
      await safety.lockScreen().waitFor();
      await app.screenshot('safety-locked');
      await safety.lockScreen().getByRole('button', { name: '继续使用' }).click();
      await safety.lockScreen().waitFor({ state: 'detached' });
      expect(await browser.page.getByRole('navigation', { name: '台账导航' }).isVisible()).toBe(true);
    } finally {
      await browser.page.evaluate(() => localStorage.removeItem('shoudi.idleLockSeconds'));
    }
  });
});

describe('console', () => {
  it('logged no errors in the browser', () => {
    expect(browser.errors).toEqual([]);
  });
});
