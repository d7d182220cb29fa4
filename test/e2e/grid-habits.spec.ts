/**
 * Spreadsheet habits of the ledger grids end to end (real headless Chromium, browser mode, a real
 * SQLite ledger seeded with the 200-household demo town): pasting an Excel block with refused
 * cells as one undo step, keyboard navigation and range copy, a saved view surviving a reload,
 * and the printout of a whole grid with its title on every page.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MemberRow } from '../../shared/api/contract';
import { CODE_LISTS } from '../../shared/domain/code-lists';
import { completeIdNumber } from '../../shared/domain/id-number';
import { formatFen } from '../../shared/domain/money';
import { AppPage } from './pages/AppPage';
import { GridHabitsPage } from './pages/GridHabitsPage';
import { HouseholdGridPage } from './pages/HouseholdGridPage';
import { IncomeGridPage } from './pages/IncomeGridPage';
import { MemberGridPage } from './pages/MemberGridPage';
import { launchTestBrowser, SCREENSHOT_DIR, startBrowserModeLedger, type BrowserModeLedger, type TestBrowser } from './support/browser-mode';

let ledger: BrowserModeLedger;
let browser: TestBrowser;
let app: AppPage;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  ledger = await startBrowserModeLedger({ households: 200, seed: 2 });
  browser = await launchTestBrowser();
  app = new AppPage(browser.page);
  await app.open(ledger.host.openUrl);
});

afterAll(async () => {
  await browser?.close();
  await ledger?.close();
});

beforeEach(async () => {
  await browser.page.evaluate(() => localStorage.clear());
  await app.reload();
});

async function openMembers(): Promise<{ grid: MemberGridPage; habits: GridHabitsPage }> {
  await app.goTo('家庭成员');
  const grid = new MemberGridPage(browser.page);
  await grid.waitForRows();
  return { grid, habits: new GridHabitsPage(browser.page, grid) };
}

const members = async (offset: number, limit: number) => (await ledger.call('members.list', { offset, limit })).rows;

const PDF_DIR = join(SCREENSHOT_DIR, '..', 'pdf');

/** A code-list value other than the member's current one, so every pasted cell is a real change. */
function otherThan(list: readonly string[], current: string | null): string {
  return list.find((v) => v !== current) as string;
}

function pastedRow(m: MemberRow, r: number): string[] {
  const health = otherThan(CODE_LISTS.health, m.health.length === 1 ? (m.health[0] as string) : null);
  return [`粘贴${r}族`, otherThan(CODE_LISTS.political, m.political), otherThan(CODE_LISTS.education, m.education), otherThan(CODE_LISTS.schooling, m.schooling), health];
}

const snapshot = (m: MemberRow) => [m.ethnicity, m.political, m.education, m.schooling, m.health.join('、')];

describe('paste from Excel', () => {
  it('writes a 10×5 block with two invalid cells as 48 cells, lists the two in one summary, and one undo restores all', async () => {
    const { habits } = await openMembers();
    const before = await members(5, 10);
    const block = before.map(pastedRow);
    block[2]![1] = '党员X';
    block[6]![4] = '很健康';
    // As Excel puts it on the clipboard: CRLF rows, a quoted cell, trailing CRLF.
    block[4]![0] = '"粘贴4族"';
    const tsv = block.map((row) => row.join('\t')).join('\r\n') + '\r\n';

    await habits.cellAt(5, 'ethnicity').click();
    await habits.paste(tsv);

    const summary = habits.summary();
    await summary.waitFor();
    expect(await summary.getByRole('heading').innerText()).toBe('粘贴：2 个单元格未写入');
    const lines = await summary.locator('tbody tr').allInnerTexts();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('第 8 行');
    expect(lines[0]).toContain('政治面貌');
    expect(lines[0]).toContain('党员X');
    expect(lines[1]).toContain('第 12 行');
    expect(lines[1]).toContain('很健康');
    expect(await summary.innerText()).toContain('其余 48 个单元格已写入');
    await app.screenshot('grid-paste-summary');
    await summary.getByRole('button', { name: '知道了' }).click();

    const after = await members(5, 10);
    let written = 0;
    after.forEach((m, r) => {
      const expected = block[r]!.map((v) => v.replace(/^"|"$/g, ''));
      snapshot(m).forEach((value, c) => {
        const refused = (r === 2 && c === 1) || (r === 6 && c === 4);
        expect(value).toBe(refused ? snapshot(before[r]!)[c] : expected[c]);
        if (!refused) written++;
      });
    });
    expect(written).toBe(48);
    expect(await habits.cellAt(5, 'ethnicity').innerText()).toBe('粘贴0族');

    await browser.page.getByRole('group', { name: '撤销和重做' }).getByRole('button', { name: '撤销' }).click();
    await habits.cellAt(5, 'ethnicity').filter({ hasText: before[0]!.ethnicity ?? '' }).waitFor();
    expect((await members(5, 10)).map(snapshot)).toEqual(before.map(snapshot));
    expect(browser.errors).toEqual([]);
  });

  it('pastes a column of 证件号码 written by WPS (lower-case check letter, LF line ends) as the canonical IDs', async () => {
    const { habits } = await openMembers();
    const before = await members(0, 3);
    const fresh = ['44022919800101201', '44022919800101202', '44022919800101203'].map(completeIdNumber);
    await habits.cellAt(0, 'idNo').click();
    // A lower-case check letter and LF line ends, as WPS on Linux writes them.
    await habits.paste(fresh.map((id) => id.toLowerCase()).join('\n'));
    await browser.page.getByRole('status').filter({ hasText: '已粘贴 3 个单元格' }).waitFor();
    expect((await members(0, 3)).map((m) => m.idNo)).toEqual(fresh);
    expect(before.map((m) => m.id)).toEqual((await members(0, 3)).map((m) => m.id));

  });

  it('pastes a tall block beyond the loaded rows of the infinite grid, fetching those rows first', async () => {
    const { grid, habits } = await openMembers();
    const loaded = await grid.rowIds();
    expect(loaded.length).toBeLessThan(150);
    const column = Array.from({ length: 150 }, (_, i) => `远${i}族`);
    await habits.cellAt(0, 'ethnicity').click();
    await habits.paste(column.join('\r\n'));
    await browser.page.getByRole('status').filter({ hasText: '已粘贴 150 个单元格' }).waitFor();
    expect((await members(0, 150)).map((m) => m.ethnicity)).toEqual(column);
  });
});

describe('paste into 收支', () => {
  it('pastes 元 amounts into the money cells, refusing a non-amount, and the per-capita income follows', async () => {
    const households = (await ledger.call('households.list', { limit: 2 })).rows;
    for (const h of households) await ledger.call('income.save', { householdId: h.id, period: '2020-01', values: { wageIncome: 100 } });
    const grid = new IncomeGridPage(browser.page);
    await grid.open();
    await grid.search(households[0]!.householdNo);
    const habits = new GridHabitsPage(browser.page, grid);
    const [record] = (await ledger.call('income.list', { search: households[0]!.householdNo, limit: 50 })).rows.filter((r) => r.period === '2020-01');
    await grid.cell(record!.id, 'wageIncome').click();
    await habits.paste('12,345.60\t五百\r\n');
    await habits.summary().waitFor();
    expect(await habits.summary().locator('tbody tr').allInnerTexts()).toEqual([expect.stringContaining('五百')]);
    await habits.summary().getByRole('button', { name: '知道了' }).click();
    const saved = (await ledger.call('income.list', { search: households[0]!.householdNo, limit: 50 })).rows.find((r) => r.id === record!.id)!;
    expect(saved.wageIncome).toBe(1234560);
    expect(saved.businessIncome).toBe(record!.businessIncome);
    expect(await grid.cell(record!.id, 'wageIncome').innerText()).toBe('12345.60');
    expect(saved.perCapita).not.toBe(record!.perCapita);
    expect(await grid.cell(record!.id, 'perCapita').innerText()).toBe(formatFen(saved.perCapita!));
  });
});

describe('keyboard like a spreadsheet', () => {
  it('moves with arrows, selects with Shift+arrows, copies TSV (with headers on Ctrl+Shift+C) and fills down with Ctrl+D', async () => {
    const [top] = await members(0, 1);
    await ledger.call('members.update', { id: top!.id, patch: { ethnicity: '填充族' } });
    const { grid, habits } = await openMembers();
    const first = await members(0, 4);
    await habits.cellAt(0, 'name').click();
    const page = browser.page;
    await page.keyboard.press('ArrowRight');
    expect(await habits.focusedCell()).toEqual({ rowIndex: 0, colId: 'village' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    expect(await habits.focusedCell()).toEqual({ rowIndex: 3, colId: 'householdNo' });
    await habits.waitForRange(6);
    await app.screenshot('grid-selection');

    const rows = first.slice(1, 4).map((m) => `${m.village}\t${m.householdNo}\r\n`).join('');
    expect(await habits.copyWith('Control+C')).toBe(rows);
    expect(await habits.copyWith('Control+Shift+C')).toBe(`村\t户编号\r\n${rows}`);

    // Ctrl+D: the top cell of the selection goes down over the rest, as one undo step.
    await habits.cellAt(0, 'ethnicity').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await habits.waitForRange(3);
    await page.keyboard.press('Control+D');
    await page.getByRole('status').filter({ hasText: '已向下填充' }).waitFor();
    expect((await members(0, 3)).map((m) => m.ethnicity)).toEqual([first[0]!.ethnicity, first[0]!.ethnicity, first[0]!.ethnicity]);
    expect(await grid.columnTexts('ethnicity').then((t) => t.slice(0, 3))).toEqual([first[0]!.ethnicity, first[0]!.ethnicity, first[0]!.ethnicity]);
    expect(browser.errors).toEqual([]);
  });

  it('starts editing with F2, cancels with Esc, commits with Enter and moves down, and Tab moves right', async () => {
    const { habits } = await openMembers();
    const [m0] = await members(0, 1);
    const page = browser.page;
    await habits.cellAt(0, 'phone').click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('13900000000');
    await page.keyboard.press('Escape');
    expect(await habits.focusedCell()).toEqual({ rowIndex: 0, colId: 'phone' });
    expect((await members(0, 1))[0]!.phone).toBe(m0!.phone);

    // Typing starts an edit that replaces the value; Enter saves and moves down. The rest is typed
    // once the editor is open: Playwright types in microseconds, and AG Grid drops keys that arrive
    // while it is still creating the editor (a clerk's keystrokes are tens of milliseconds apart).
    await page.keyboard.type('1');
    await habits.cellAt(0, 'phone').locator('input').waitFor();
    await page.keyboard.type('3912345678');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    expect((await members(0, 1))[0]!.phone).toBe('13912345678');
    expect(await habits.focusedCell()).toEqual({ rowIndex: 1, colId: 'phone' });
    await page.keyboard.press('Tab');
    expect(await habits.focusedCell()).toEqual({ rowIndex: 1, colId: 'medicalResident' });
  });

  it('refuses Delete on a required cell in Chinese, and Ctrl+F / Ctrl+S do what a clerk expects', async () => {
    const { habits } = await openMembers();
    const [m0] = await members(0, 1);
    const page = browser.page;
    await habits.cellAt(0, 'name').click();
    await page.keyboard.press('Delete');
    await app.alert().filter({ hasText: '“姓名”不能为空' }).waitFor();
    expect((await members(0, 1))[0]!.name).toBe(m0!.name);

    await page.keyboard.press('Control+S');
    await page.getByRole('status').filter({ hasText: '每次修改已自动保存，无需保存' }).waitFor();
    await page.keyboard.press('Control+F');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.placeholder)).toBe('搜索 姓名 / 证件号码 / 户编号');
  });
});

describe('saved views', () => {
  it('keeps hidden columns, frozen columns, sort and named filters across a reload', async () => {
    const { grid, habits } = await openMembers();
    const menu = await habits.openViewMenu();
    await menu.getByRole('checkbox', { name: '民族' }).uncheck();
    await menu.getByRole('combobox', { name: '冻结前几列' }).selectOption('2');
    await menu.getByRole('button', { name: '关闭' }).click();
    await grid.root.locator('.ag-header-cell[col-id="age"] .ag-header-cell-label').click();
    const named = await habits.openViewMenu();
    await named.getByRole('textbox', { name: '筛选名称' }).fill('按年龄');
    await named.getByRole('button', { name: '保存当前筛选' }).click();
    await named.getByText('按年龄').waitFor();
    await app.screenshot('grid-view-menu');
    await named.getByRole('button', { name: '关闭' }).click();

    await app.reload();
    await app.goTo('家庭成员');
    await grid.waitForRows();
    expect(await grid.headerTexts()).not.toContain('民族');
    const frozen = await grid.root.locator('.ag-header .ag-grid-pinned-left-cells .ag-header-cell').evaluateAll((cells) =>
      cells.sort((a, b) => Number(a.getAttribute('aria-colindex')) - Number(b.getAttribute('aria-colindex'))).map((c) => c.querySelector('.ag-header-cell-text')?.textContent),
    );
    expect(frozen).toEqual(['姓名', '村']);
    const ages = (await grid.columnTexts('age')).map(Number);
    expect(ages.length).toBeGreaterThan(5);
    expect(ages).toEqual([...ages].sort((a, b) => a - b));

    const again = await habits.openViewMenu();
    await again.getByRole('button', { name: '恢复默认视图' }).click();
    await grid.root.locator('.ag-header-cell[col-id="ethnicity"]').waitFor();
    await again.getByRole('button', { name: '应用' }).click();
    await grid.waitForRows();
    const reapplied = (await grid.columnTexts('age')).map(Number);
    expect(reapplied).toEqual([...reapplied].sort((a, b) => a - b));
    expect(browser.errors).toEqual([]);
  });
});

describe('export and print', () => {
  it('prints every household on A4 pages, each with the title and its page number', async () => {
    await app.goTo('户信息');
    const grid = new HouseholdGridPage(browser.page);
    await grid.waitForRows();
    const page = browser.page;
    // The print dialog is the browser's; the test takes the page as the printer would get it.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: '打印' }).click();
    await page.locator('.print-view tbody tr').nth(199).waitFor({ state: 'attached' });
    expect(await page.locator('.print-view tbody tr').count()).toBe(200);
    mkdirSync(PDF_DIR, { recursive: true });
    const path = join(PDF_DIR, 'households-print.pdf');
    writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.locator('.print-view').waitFor({ state: 'detached' });

    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((p, i) => {
      expect(p).toContain('户信息');
      expect(p).toContain('户编号');
      expect(p).toContain(`第 ${i + 1} 页，共 ${pages.length} 页`);
    });
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    // A4 landscape: 842 × 595 points.
    expect(info).toMatch(/Page size:\s+841\.9\d x 594\.9\d pts \(A4\)/);
  });

  it('exports the view as shown (every row, not only the loaded ones; columns in screen order) as a workbook download', async () => {
    const { grid } = await openMembers();
    const page = browser.page;
    const total = await grid.total();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出为 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^家庭成员-\d{8}-\d{4}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(3).getCell(1).value).toBe('姓名');
    expect(sheet.rowCount).toBe(3 + total);
    expect(String(sheet.getRow(4).getCell(4).value)).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  });
});
