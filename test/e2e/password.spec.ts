/**
 * The ledger password and the backup rotation as a clerk meets them, in real headless Chromium
 * against browser mode over a real SQLite file: 设置 → 台账密码 sets a password (the file on disk is
 * encrypted); the server restarted behind the unlock gate shows the unlock screen, refuses a wrong
 * password in Chinese and opens the ledger with the right one; 备份与恢复 shows and saves the
 * rotation counts. Screenshots in test-output/screenshots/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksEncrypted } from '../../main/db/cipher';
import { seedDemo } from '../../main/demo/seed-demo';
import { startHttpHost, type HttpHost } from '../../main/http-host';
import { openGate, type LedgerGate } from '../../main/service-gate';
import { AppPage } from './pages/AppPage';
import { SafetyPage } from './pages/SafetyPage';
import { launchTestBrowser, RENDERER_DIR, SCREENSHOT_DIR, type TestBrowser } from './support/browser-mode';

const PASSWORD = '龙仙镇2024';
const dir = mkdtempSync(join(tmpdir(), 'shoudi-e2e-password-'));
const path = join(dir, 'ledger.db');
let gate: LedgerGate;
let host: HttpHost;
let browser: TestBrowser;
let app: AppPage;
let safety: SafetyPage;

async function serve(): Promise<void> {
  gate = await openGate(path, { validateOutput: true, actor: '测试员' });
  host = await startHttpHost({ dispatch: gate.dispatch, staticDir: RENDERER_DIR });
}

async function stopServing(): Promise<void> {
  await host.close();
  gate.close();
}

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await serve();
  seedDemo(gate.service()!.db, { households: 40, seed: 1 });
  browser = await launchTestBrowser();
  app = new AppPage(browser.page);
  safety = new SafetyPage(browser.page);
  await app.open(host.openUrl);
});

afterAll(async () => {
  await browser?.close();
  await stopServing().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe('备份与恢复: rotation settings', () => {
  it('shows the default 7 days and 4 weeks and saves new counts into the ledger', async () => {
    await safety.goTo('备份与恢复');
    const form = browser.page.getByRole('form', { name: '自动备份保留' });
    const days = form.getByRole('spinbutton', { name: '保留每日备份的天数' });
    const weeks = form.getByRole('spinbutton', { name: '保留每周备份的周数' });
    await expect.poll(() => days.inputValue()).toBe('7');
    expect(await weeks.inputValue()).toBe('4');
    expect(await form.getByRole('button', { name: '保存' }).isDisabled()).toBe(true);
    await days.fill('0');
    await form.getByRole('button', { name: '保存' }).click();
    await app.alert().filter({ hasText: '每日备份应保留 1 到 90 天' }).waitFor();
    await days.fill('10');
    await weeks.fill('2');
    await form.getByRole('button', { name: '保存' }).click();
    await app.status().filter({ hasText: '最近 10 天' }).waitFor();
    await app.screenshot('backup-rotation-saved');
    const stored = await gate.dispatch('backup.settings', {});
    expect(stored).toEqual({ ok: true, value: { keepDaily: 10, keepWeekly: 2 } });
  });
});

describe('设置: the ledger password', () => {
  it('refuses two different entries, then sets the password and encrypts the file', async () => {
    await safety.goTo('设置');
    const section = browser.page.getByRole('region', { name: '台账密码' });
    await section.getByText('当前状态：未设置密码').waitFor();
    await section.getByLabel('设置密码').fill(PASSWORD);
    await section.getByLabel('再次输入').fill(`${PASSWORD}x`);
    await section.getByRole('button', { name: '设置密码' }).click();
    await section.getByRole('alert').filter({ hasText: '两次输入的新密码不一致' }).waitFor();
    expect(await gate.dispatch('ledger.passwordState', {})).toEqual({ ok: true, value: { encrypted: false, locked: false } });
    await section.getByLabel('再次输入').fill(PASSWORD);
    await section.getByRole('button', { name: '设置密码' }).click();
    await section.getByText('当前状态：已设置密码').waitFor();
    await section.getByLabel('当前密码').waitFor();
    await app.screenshot('settings-password-set');
    expect(await gate.dispatch('ledger.passwordState', {})).toEqual({ ok: true, value: { encrypted: true, locked: false } });
  });

  it('asks for the password at the next start, refuses a wrong one, and opens with the right one', async () => {
    await stopServing();
    expect(looksEncrypted(path)).toBe(true);
    await serve();
    expect(gate.service()).toBeNull();
    await browser.page.goto(host.openUrl);
    const screen = browser.page.getByRole('main', { name: '台账已加密' });
    await screen.waitFor();
    await app.screenshot('unlock-screen');
    await screen.getByLabel('台账密码').fill('错误的密码');
    await screen.getByRole('button', { name: '打开台账' }).click();
    await screen.getByRole('alert').filter({ hasText: '密码不正确' }).waitFor();
    await app.screenshot('unlock-wrong-password');
    expect(gate.service()).toBeNull();
    await screen.getByLabel('台账密码').fill(PASSWORD);
    await screen.getByRole('button', { name: '打开台账' }).click();
    await browser.page.locator('.top-place').filter({ hasText: '·' }).waitFor();
    expect(gate.service()).not.toBeNull();
    await app.screenshot('unlock-opened');
    expect(browser.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });
});
