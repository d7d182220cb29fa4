/**
 * The screenshots of docs/使用说明.md, taken from the real app (browser mode, real SQLite, real
 * Chromium) so the help text shows what a clerk really sees. They are documentation, written into
 * docs/images/ and committed; a smaller window (1180×700) and element shots keep the PNGs small.
 * Each shot is also checked for what the text says it shows.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHouseholds, returnSheet, returnTable, returnXlsx, type ReturnLayout } from '../support/member-returns';
import { ImportBoardPage } from './pages/ImportBoardPage';
import { ImportPage } from './pages/ImportPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { WarningsPage } from './pages/WarningsPage';
import { launchTestBrowser, REPO_ROOT, startBrowserModeLedger, type BrowserModeLedger, type TestBrowser } from './support/browser-mode';

const DOCS_IMAGES = join(REPO_ROOT, 'docs', 'images');
const LAYOUT: ReturnLayout = { title: '龙仙镇2023年7月家庭成员信息表', groupedHeader: true, footer: true };

let browser: TestBrowser;
let files: string;

beforeAll(async () => {
  mkdirSync(DOCS_IMAGES, { recursive: true });
  files = mkdtempSync(join(tmpdir(), 'shoudi-docs-'));
  browser = await launchTestBrowser();
  await browser.page.setViewportSize({ width: 1180, height: 700 });
});

afterAll(async () => {
  await browser?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

async function shot(name: string, target = browser.page.locator('body')): Promise<void> {
  const path = join(DOCS_IMAGES, `${name}.png`);
  await target.screenshot({ path });
  expect(statSync(path).size).toBeLessThan(400_000);
}

describe('docs/images for 使用说明', () => {
  it('shows the first run wizard on an empty ledger', async () => {
    const ledger = await startBrowserModeLedger({ households: 0 });
    try {
      await browser.page.goto(ledger.host.openUrl);
      const wizard = new OnboardingPage(browser.page);
      await wizard.waitStep(1);
      await wizard.field('镇(乡)*').fill('龙仙镇');
      await shot('onboarding', wizard.wizard());
    } finally {
      await ledger.close();
    }
  });

  describe('on the demo town', () => {
    let ledger: BrowserModeLedger;
    beforeAll(async () => {
      ledger = await startBrowserModeLedger({ households: 200, seed: 1 });
      await browser.page.goto(ledger.host.openUrl);
      await browser.page.locator('.top-place').filter({ hasText: '·' }).waitFor();
    });
    afterAll(async () => {
      await ledger?.close();
    });

    it('shows an import preview with a row whose ID lost its last digits', async () => {
      const imports = new ImportPage(browser.page);
      const [village] = await ledger.call('units.villages', {});
      const { town, households } = demoHouseholds(4, 12);
      const moved = households.map((h, i) => ({ ...h, householdNo: `44022910190${String(i + 1).padStart(5, '0')}`, village: village!.name, group: village!.groups[0]?.name ?? h.group }));
      const table = returnTable(town, moved);
      table[2]![table[0]!.indexOf('证件号码')] = '4.40229199001011E+17';
      const fileName = `${village!.name}2023年7月家庭成员信息表.xlsx`;
      await imports.open();
      await imports.dropFile(imports.dropZone(), fileName, await returnXlsx(returnSheet(table, LAYOUT), LAYOUT));
      await imports.waitForPreview(fileName);
      expect(await imports.count('有错误')).toBe(1);
      await shot('import-preview', browser.page.locator('.app-main'));
    });

    it('shows the 报送情况 board of a month with returns on time, late and missing', async () => {
      const villages = await ledger.call('units.villages', {});
      for (let v = 1; v <= 9; v++) {
        const village = villages[v]!;
        const { town, households } = demoHouseholds(2, 20 + v);
        const moved = households.map((h, i) => ({ ...h, householdNo: `4402291019${v}${String(i + 1).padStart(5, '0')}`, village: village.name, group: village.groups[0]?.name ?? h.group }));
        const bytes = await returnXlsx(returnSheet(returnTable(town, moved), LAYOUT), LAYOUT);
        const preview = await ledger.call('imports.stage', { fileName: `${village.name}7月.xlsx`, contentBase64: Buffer.from(bytes).toString('base64') });
        const { batchId } = await ledger.call('imports.commit', { sessionId: preview.sessionId, acceptValid: false });
        // Imported today, long after July 2023: most are dated back to before the 20th, as they came in.
        if (v <= 7) ledger.service.db.prepare('UPDATE import_batches SET created_at = ? WHERE id = ?').run(`2023-07-${String(10 + v).padStart(2, '0')}T02:00:00.000Z`, batchId);
      }
      const board = new ImportBoardPage(browser.page);
      await new ImportPage(browser.page).open('报送情况');
      await board.month().choose('2023-07');
      await board.deadline().filter({ hasText: '截止 2023-07-20' }).waitFor();
      await expect.poll(() => board.status(villages[1]!.name)).toBe('按时');
      expect(await board.status(villages[9]!.name)).toBe('逾期');
      await shot('import-board', browser.page.locator('.app-main'));
    });

    it('shows the month’s warnings with their reasons', async () => {
      const list = await ledger.call('households.list', {
        limit: 40,
        filters: { householdType: { filterType: 'text', type: 'equals', filter: '脱贫户' }, monitorCategory: { filterType: 'text', type: 'blank' } },
      });
      const poor = list.rows.filter((h) => h.memberCount >= 2).slice(0, 4);
      for (const [i, h] of poor.entries()) {
        await ledger.call('income.save', { householdId: h.id, period: '2023-07', values: { wageIncome: (8600 + i * 800) * 100 * h.memberCount } });
      }
      const warnings = new WarningsPage(browser.page);
      await warnings.open();
      await warnings.choosePeriod('2023-08');
      await warnings.waitForPeriod('2023-08');
      await warnings.cards().first().waitFor();
      expect(await warnings.cards().count()).toBeGreaterThanOrEqual(poor.length);
      await warnings.ruleChip('收入低于监测线').click();
      await warnings.cards().filter({ hasText: '监测线' }).first().waitFor();
      await expect.poll(() => warnings.cards().filter({ hasNotText: '监测线' }).count()).toBe(0);
      await shot('warnings', browser.page.locator('.app-main'));
    });

    it('shows 备份与恢复 with its list of backups', async () => {
      await browser.page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '备份与恢复' }).click();
      await browser.page.getByRole('heading', { name: '备份与恢复', level: 1 }).waitFor();
      await browser.page.getByRole('button', { name: '立即备份' }).click();
      await browser.page.getByRole('button', { name: '从此备份恢复' }).first().waitFor();
      await shot('backup', browser.page.locator('.app-main'));
      expect(browser.errors).toEqual([]);
    });
  });
});
