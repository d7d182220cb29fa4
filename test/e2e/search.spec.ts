/**
 * Quick search in the members grid the way clerks type (issue #9): pinyin initials and full
 * spelling, and the last digits of a 证件号码, in real headless Chromium against browser mode.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeIdNumber } from '../../shared/domain/id-number';
import { AppPage } from './pages/AppPage';
import { MemberGridPage } from './pages/MemberGridPage';
import { launchTestBrowser, SCREENSHOT_DIR, startBrowserModeLedger, type BrowserModeLedger, type TestBrowser } from './support/browser-mode';

let ledger: BrowserModeLedger;
let browser: TestBrowser;
let app: AppPage;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  ledger = await startBrowserModeLedger({ households: 200, seed: 4 });
  browser = await launchTestBrowser();
  app = new AppPage(browser.page);
  await app.open(ledger.host.openUrl);
});

afterAll(async () => {
  await browser?.close();
  await ledger?.close();
});

describe('members grid quick search', () => {
  it('finds 张三丰 by pinyin initials, by full pinyin and by the last digits of the ID', async () => {
    const household = (await ledger.call('households.list', { limit: 1, offset: 3 })).rows[0]!;
    const idNo = completeIdNumber('44022919850615051');
    const person = await ledger.call('members.create', { householdId: household.id, values: { name: '张三丰', idNo, relation: '之子' } });
    const grid = new MemberGridPage(browser.page);
    await app.goTo('家庭成员');
    await grid.waitForRows();

    const byInitials = await ledger.call('members.list', { search: 'zs', limit: 100 });
    expect(byInitials.rows.map((r) => r.id)).toContain(person.id);
    await grid.search('zs', byInitials.total);
    expect(await grid.rowIds()).toEqual(byInitials.rows.map((r) => String(r.id)).slice(0, (await grid.rowIds()).length));
    expect(await grid.cell(person.id, 'name').innerText()).toBe('张三丰');
    await app.screenshot('members-search-pinyin');

    await grid.search('zhangsanfeng', 1);
    expect(await grid.rowIds()).toEqual([String(person.id)]);

    await grid.search(idNo.slice(-6), (await ledger.call('members.list', { search: idNo.slice(-6), limit: 1 })).total);
    expect(await grid.rowIds()).toContain(String(person.id));
    expect(browser.errors).toEqual([]);
  });
});
