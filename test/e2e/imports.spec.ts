/**
 * 数据导入 end to end: real headless Chromium against browser mode over a real SQLite ledger seeded
 * with the 200-household demo town. The village returns are real workbooks generated in the test
 * (ExcelJS), handed over as a clerk would: dropped on the window or the drop zone (a DataTransfer
 * carrying a File), or chosen through the file input. The tests run in order: the second undoes
 * the batch the first committed. Screenshots land in test-output/screenshots/import-*.png.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DemoHousehold } from '../../main/demo/generate-demo';
import { base64, demoHouseholds, returnSheet, returnTable, returnXlsx, type ReturnLayout } from '../support/member-returns';
import { AppPage } from './pages/AppPage';
import { DialogPage } from './pages/DialogPage';
import { HouseholdGridPage } from './pages/HouseholdGridPage';
import { ImportBoardPage } from './pages/ImportBoardPage';
import { ImportHistoryPage } from './pages/ImportHistoryPage';
import { ImportMappingPage } from './pages/ImportMappingPage';
import { ImportPage } from './pages/ImportPage';
import { launchTestBrowser, SCREENSHOT_DIR, startBrowserModeLedger, type BrowserModeLedger, type TestBrowser } from './support/browser-mode';

const LAYOUT: ReturnLayout = { title: '龙仙镇2023年7月家庭成员信息表', groupedHeader: true, footer: true };

let ledger: BrowserModeLedger;
let browser: TestBrowser;
let app: AppPage;
let files: string;
let villages: { name: string; groups: { name: string }[] }[];

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  files = mkdtempSync(join(tmpdir(), 'shoudi-e2e-files-'));
  ledger = await startBrowserModeLedger({ households: 200, seed: 1 });
  villages = await ledger.call('units.villages', {});
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

/**
 * Households the seeded ledger does not have: demo households of another seed (other people), with
 * 户编号 moved into a range the demo never uses (the demo numbers households 1…n in every seed) and
 * placed in a village of the ledger, as a village's return would be.
 */
function newHouseholds(count: number, seed: number, series: number, villageIndex: number): { town: string; households: DemoHousehold[] } {
  const village = villages[villageIndex];
  if (!village) throw new Error(`the demo ledger has no village #${villageIndex}`);
  const { town, households } = demoHouseholds(count, seed);
  return {
    town,
    households: households.map((h, i) => ({
      ...h,
      householdNo: `440229101${series}${String(i + 1).padStart(5, '0')}`,
      village: village.name,
      group: village.groups[0]?.name ?? h.group,
    })),
  };
}

function memberCount(households: DemoHousehold[]): number {
  return households.reduce((n, h) => n + h.members.length, 0);
}

async function householdTotal(search: string): Promise<number> {
  return (await ledger.call('households.list', { search, limit: 1 })).total;
}

/** Shared by the first two tests: the batch committed by the first, undone by the second. */
const committed = { batchId: 0, householdNo: '', fileName: '' };

describe('importing a village return', () => {
  it('drops a village return onto the window, previews it, commits it and finds the new household in 户信息', async () => {
    const page = browser.page;
    const imports = new ImportPage(page);
    const { town, households } = newHouseholds(3, 11, 9001, 0);
    const fileName = `${villages[0]!.name}2023年7月家庭成员信息表.xlsx`;
    const bytes = await returnXlsx(returnSheet(returnTable(town, households), LAYOUT), LAYOUT);
    const members = memberCount(households);

    await imports.open();
    await imports.dropZone().waitFor();
    await app.screenshot('import-drop-zone');
    // Beside the drop zone: the top bar is part of the window, not of the zone.
    await imports.dropFile(page.locator('.top-bar'), fileName, bytes);
    await imports.waitForPreview(fileName);

    const head = await imports.previewHead().innerText();
    expect(head).toContain('家庭成员信息表');
    expect(head).toContain('表头在第 4 行');
    expect(await imports.month().value()).toBe('2023-07');
    expect(await imports.count('读取')).toBe(members);
    expect(await imports.count('新增')).toBe(members);
    expect(await imports.count('有错误')).toBe(0);
    await imports.changes().getByRole('tab', { name: /^新户 3$/ }).waitFor();
    await expect.poll(() => imports.changes().locator('tbody tr').count()).toBeGreaterThan(0);
    await app.screenshot('import-preview');

    await imports.button('确认导入').click();
    await imports.result().waitFor();
    const result = await imports.result().innerText();
    const batch = /第 (\d+) 批/.exec(result);
    expect(batch).not.toBeNull();
    committed.batchId = Number(batch?.[1]);
    committed.householdNo = households[0]!.householdNo;
    committed.fileName = fileName;
    expect(result).toContain(`新增\n${members}`);
    await app.screenshot('import-done');

    await imports.button('查看户信息').click();
    await page.getByRole('heading', { name: '户信息', level: 1 }).waitFor();
    const grid = new HouseholdGridPage(page);
    await grid.search(committed.householdNo, 1);
    const [stored] = (await ledger.call('households.list', { search: committed.householdNo, limit: 1 })).rows;
    expect(stored?.village).toBe(villages[0]!.name);
    expect(await grid.cell(stored!.id, 'householdNo').innerText()).toBe(committed.householdNo);
    expect(browser.errors).toEqual([]);
  });

  it('undoes that batch from 导入记录, and the household is gone from the 户信息 grid', async () => {
    expect(committed.batchId).toBeGreaterThan(0);
    const page = browser.page;
    const imports = new ImportPage(page);
    const history = new ImportHistoryPage(page);

    await imports.open('导入记录');
    await history.waitForBatch(committed.batchId);
    expect(await history.cell(committed.batchId, 'fileName').innerText()).toBe(committed.fileName);
    expect(await history.cell(committed.batchId, 'status').innerText()).toBe('有效');

    await history.undo(committed.batchId);
    const dialog = new DialogPage(page, '撤销导入');
    expect(await dialog.root.innerText()).toContain('撤销后台账恢复到导入前');
    await app.screenshot('import-history-undo');
    await dialog.press('确认撤销');
    await dialog.waitClosed();
    await imports.message().filter({ hasText: `已撤销第 ${committed.batchId} 批` }).waitFor();
    await expect.poll(() => history.cell(committed.batchId, 'status').innerText()).toBe('已撤销');
    expect(await history.cell(committed.batchId, 'undo').innerText()).toContain('撤销于');
    await app.screenshot('import-history');

    await app.goTo('户信息');
    const grid = new HouseholdGridPage(page);
    await page.getByPlaceholder('搜索 姓名 / 证件号码 / 户编号').fill(committed.householdNo);
    await page.locator('.view-count').filter({ hasText: '共 0 户' }).waitFor();
    expect(await grid.total()).toBe(0);
    expect(await householdTotal(committed.householdNo)).toBe(0);
  });

  it('shows a lost-digit ID as an error that cannot be recovered, blocks 确认导入 and downloads the error receipt', async () => {
    const page = browser.page;
    const imports = new ImportPage(page);
    const { town, households } = newHouseholds(4, 12, 9002, 1);
    const table = returnTable(town, households);
    const idColumn = table[0]!.indexOf('证件号码');
    table[2]![idColumn] = '4.40229199001011E+17';
    const fileName = `${villages[1]!.name}7月报表.xlsx`;
    const path = join(files, fileName);
    writeFileSync(path, await returnXlsx(returnSheet(table, LAYOUT), LAYOUT));

    await imports.open();
    await imports.chooseFile(path);
    await imports.waitForPreview(fileName);

    expect(await imports.count('有错误')).toBe(1);
    const errors = await imports.errors().innerText();
    expect(errors).toContain('第 6 行');
    expect(errors).toContain('证件号码');
    expect(errors).toContain('无法恢复');
    await expect.poll(() => imports.button('确认导入').isDisabled()).toBe(true);
    expect(await imports.footerReason().innerText()).toContain('有 1 行数据有错误');
    await app.screenshot('import-errors');

    await imports.button('只导入有效行').click();
    const acceptValid = new DialogPage(page, '只导入有效行');
    const question = await acceptValid.root.innerText();
    expect(question).toContain('有 1 行有错误');
    expect(question).toContain(`导入 ${memberCount(households) - 1} 行有效数据`);
    await acceptValid.press('返回');
    await acceptValid.waitClosed();

    const downloading = page.waitForEvent('download');
    await imports.button('下载错误回执').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${villages[1]!.name}7月报表-错误回执.xlsx`);
    const saved = join(files, 'receipt.xlsx');
    await download.saveAs(saved);
    // An .xlsx is a zip container: it starts with "PK".
    expect(readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');

    await imports.button('取消').click();
    await imports.dropZone().waitFor();
    expect(await householdTotal(households[0]!.householdNo)).toBe(0);
  });

  it('takes an unknown layout through the mapping step and then previews its rows', async () => {
    const page = browser.page;
    const imports = new ImportPage(page);
    const mapping = new ImportMappingPage(page);
    const { town, households } = newHouseholds(2, 13, 9003, 2);
    const table = returnTable(town, households);
    const col = (header: string) => table[0]!.indexOf(header);
    const odd = [
      ['名字', '身份号', '关系', '户号', '村子', '类别'],
      ...table.slice(1).map((r) => [r[col('姓名')]!, r[col('证件号码')]!, r[col('与户主关系')]!, r[col('户编号')]!, r[col('村')]!, r[col('户类型')]!]),
    ];
    const fileName = '村里自制的花名册.xlsx';

    await imports.open();
    await imports.dropFile(imports.dropZone(), fileName, await returnXlsx(odd));
    await mapping.waitOpen();
    expect(await mapping.selectedField('C', '关系')).toBe('与户主关系 *');
    expect(await mapping.selectedField('D', '户号')).toBe('户编号');
    expect(await mapping.selectedField('A', '名字')).toBe('不导入');
    expect(await page.locator('.import-footer-reason').innerText()).toContain('必填字段还没有对应的列');
    expect(await page.getByText('应用后会记住这种表头').count()).toBe(1);

    await mapping.map('A', '名字', '姓名 *');
    await mapping.map('B', '身份号', '证件号码 *');
    await mapping.map('E', '村子', '村');
    await mapping.map('F', '类别', '户类型');
    await app.screenshot('import-mapping');
    await mapping.apply();

    await imports.waitForPreview(fileName);
    const head = await imports.previewHead().innerText();
    expect(head).toContain('家庭成员信息表');
    expect(head).toContain('表头在第 1 行');
    expect(head).toContain('手工指定');
    expect(await imports.count('读取')).toBe(memberCount(households));
    expect(await imports.count('新增')).toBe(memberCount(households));
    // The file names no month: the clerk chooses it before committing.
    expect(await imports.footerReason().innerText()).toContain('请先选择报送月份');
    expect(await imports.month().value()).toBe('');
    await imports.month().choose('2023-07');
    await expect.poll(() => imports.button('确认导入').isEnabled()).toBe(true);
    expect(await imports.month().value()).toBe('2023-07');
    await imports.changes().getByRole('tab', { name: /^新户 2$/ }).click();
    await expect.poll(() => imports.changes().locator('tbody tr').count()).toBe(2);
    expect(await imports.changes().locator('tbody').innerText()).toContain(households[0]!.householdNo);

    await imports.button('取消').click();
    await imports.dropZone().waitFor();
    expect(await householdTotal(households[0]!.householdNo)).toBe(0);
  });
});

describe('submission board', () => {
  async function commitReturn(households: DemoHousehold[], town: string, fileName: string): Promise<number> {
    const bytes = await returnXlsx(returnSheet(returnTable(town, households), LAYOUT), LAYOUT);
    const preview = await ledger.call('imports.stage', { fileName, contentBase64: base64(bytes) });
    return (await ledger.call('imports.commit', { sessionId: preview.sessionId, acceptValid: false })).batchId;
  }

  it('lists the villages with 按时, 逾期 and 未报 against the month’s deadline', async () => {
    const onTime = newHouseholds(2, 14, 9004, 3);
    const late = newHouseholds(2, 15, 9005, 4);
    const onTimeBatch = await commitReturn(onTime.households, onTime.town, '按时村.xlsx');
    await commitReturn(late.households, late.town, '逾期村.xlsx');
    // The returns were imported today, long after July 2023; one is dated back to before the 20th.
    ledger.service.db.prepare('UPDATE import_batches SET created_at = ? WHERE id = ?').run('2023-07-18T02:00:00.000Z', onTimeBatch);

    const board = new ImportBoardPage(browser.page);
    await new ImportPage(browser.page).open('报送情况');
    await board.month().choose('2023-07');
    await board.deadline().filter({ hasText: '截止 2023-07-20' }).waitFor();
    await expect.poll(() => board.status(villages[3]!.name)).toBe('按时');
    expect(await board.status(villages[4]!.name)).toBe('逾期');
    expect(await board.status(villages[0]!.name)).toBe('未报');

    const statuses = await board.statuses();
    expect(statuses).toHaveLength(villages.length);
    expect(statuses.filter((s) => s === '未报')).toHaveLength(villages.length - 2);
    // Villages still missing come first: they are the ones to chase.
    expect(statuses[0]).toBe('未报');
    const summary = await board.summary().innerText();
    expect(summary).toContain(`共 ${villages.length} 个村`);
    expect(summary).toContain('按时 1');
    expect(summary).toContain('逾期 1');
    expect(summary).toContain(`未报 ${villages.length - 2}`);
    await app.screenshot('import-board');
    expect(browser.errors).toEqual([]);
  });
});
