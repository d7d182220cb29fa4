/**
 * A 民政 list through 数据导入 in real headless Chromium: the preview names the list and shows its
 * people without asking for a report month or calling it unimportable, the commit stores it, and
 * the 数据筛查 rules that read it run. Screenshots: test-output/screenshots/department-list-*.png.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toXlsxWithSheetJs } from '../support/workbooks';
import { AppPage } from './pages/AppPage';
import { ImportPage } from './pages/ImportPage';
import { launchTestBrowser, SCREENSHOT_DIR, startBrowserModeLedger, type BrowserModeLedger, type TestBrowser } from './support/browser-mode';

let ledger: BrowserModeLedger;
let browser: TestBrowser;
let app: AppPage;
let files: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  files = mkdtempSync(join(tmpdir(), 'shoudi-e2e-lists-'));
  ledger = await startBrowserModeLedger({ households: 20, seed: 3 });
  browser = await launchTestBrowser();
  app = new AppPage(browser.page);
  await app.open(ledger.host.openUrl);
});

afterAll(async () => {
  await browser?.close();
  await ledger?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

describe('民政 list import', () => {
  it('previews the list, commits it without a report month, and stores it', async () => {
    const people = ledger.service.db.prepare("SELECT name, id_no AS idNo FROM members WHERE status = '在户' ORDER BY id LIMIT 4").all() as { name: string; idNo: string }[];
    const rows = people.map((p, i) => [i + 1, p.name, p.idNo, i === 0 ? '农村低保' : '临时救助', '2023-03-01']);
    const fileName = '民政救助名单.xlsx';
    writeFileSync(join(files, fileName), toXlsxWithSheetJs([{ name: '救助名单', rows: [['龙仙镇社会救助对象名单'], ['序号', '姓名', '身份证号码', '救助类型', '救助开始时间'], ...rows] }]));

    const imports = new ImportPage(browser.page);
    await imports.open();
    await imports.chooseFile(join(files, fileName));
    await imports.waitForPreview(fileName);
    const head = await imports.previewHead().innerText();
    expect(head).toContain('低收入人口/社会救助名单');
    expect(head).not.toContain('不是同一种表');
    expect(head).not.toContain('请选择');
    expect(await browser.page.locator('body').innerText()).toContain('有变化 1 户');
    expect(await imports.count('新增')).toBe(4);
    expect(await imports.count('有错误')).toBe(0);
    await expect.poll(() => imports.changes().locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await imports.changes().innerText()).toContain(people[0]!.name);
    await app.screenshot('department-list-preview');

    await imports.button('确认导入').click();
    await imports.result().waitFor();
    expect(await imports.result().innerText()).toContain('新增\n4');
    await app.screenshot('department-list-done');
    const stored = ledger.service.db.prepare("SELECT id_no AS idNo, kind FROM department_lists WHERE department = '民政' ORDER BY id").all();
    expect(stored).toEqual(people.map((p, i) => ({ idNo: p.idNo, kind: i === 0 ? '["低保"]' : '["临时救助"]' })));
    expect(browser.errors).toEqual([]);
  });
});
