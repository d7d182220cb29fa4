/**
 * 使用说明 end to end: the nav entry under 系统 opens the help text built from docs/使用说明.md,
 * its screenshots load (the CSP allows them; none is broken), and a blank template downloads as a
 * real workbook named after the town. Real headless Chromium against browser mode.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { launchTestBrowser, REPO_ROOT, SCREENSHOT_DIR, startBrowserModeLedger, type BrowserModeLedger, type TestBrowser } from './support/browser-mode';

let ledger: BrowserModeLedger;
let browser: TestBrowser;
let app: AppPage;
let files: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  files = mkdtempSync(join(tmpdir(), 'shoudi-help-'));
  ledger = await startBrowserModeLedger({ households: 20, seed: 1 });
  browser = await launchTestBrowser();
  app = new AppPage(browser.page);
  await app.open(ledger.host.openUrl);
});

afterAll(async () => {
  await browser?.close();
  await ledger?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

describe('使用说明', () => {
  it('renders the help text of docs/使用说明.md with its screenshots', async () => {
    const page = browser.page;
    await page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '使用说明' }).click();
    await page.getByRole('heading', { name: '使用说明', level: 1 }).waitFor();
    const doc = readFileSync(join(REPO_ROOT, 'docs', '使用说明.md'), 'utf8');
    const sections = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(sections).toContain('每月例行工作');
    for (const title of sections) await page.locator('.help-document').getByRole('heading', { name: title, level: 2, exact: true }).waitFor();
    await page.getByRole('heading', { name: '1. 导入村里报送的表', level: 3 }).waitFor();
    await page.locator('.help-document code').filter({ hasText: 'export template' }).waitFor();
    await page.locator('.help-table').getByRole('cell', { name: '家庭成员信息表' }).waitFor();

    const images = page.locator('.help-document img');
    const expected = [...doc.matchAll(/^!\[[^\]]*\]\(([^)]+)\)$/gm)].length;
    expect(await images.count()).toBe(expected);
    for (const img of await images.all()) {
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    }
    await page.locator('.help-body').evaluate((el) => el.scrollTo(0, 0));
    await app.screenshot('help-view');
    expect(browser.errors).toEqual([]);
  });

  it('downloads a blank 家庭成员信息表 named after the town', async () => {
    const page = browser.page;
    const section = page.getByRole('region', { name: '下载空白模板' });
    await section.scrollIntoViewIfNeeded();
    await app.screenshot('help-templates');
    const downloading = page.waitForEvent('download');
    await section.getByRole('button', { name: '下载《家庭成员信息表》' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('龙仙镇家庭成员信息表（空白模板）.xlsx');
    const saved = join(files, 'blank.xlsx');
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('家庭成员信息表')!.getCell('A2').value).toBe('县');
    await section.getByRole('status').filter({ hasText: '已下载' }).waitFor();
  });
});
