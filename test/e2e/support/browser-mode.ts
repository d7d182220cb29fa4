/**
 * Browser mode for end-to-end tests: a real ledger on a temp file (seeded with the deterministic
 * demo town), the real HTTP host serving the built renderer (`npm run build:renderer` first), and
 * a real headless Chromium. Nothing is mocked: what the page shows came through the dispatcher
 * from SQLite.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { ApiMethod, ApiOutput, ApiInput } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import { seedDemo } from '../../../main/demo/seed-demo';
import { startHttpHost, type HttpHost } from '../../../main/http-host';
import { openService, type LedgerService } from '../../../main/service';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const RENDERER_DIR = join(REPO_ROOT, 'dist', 'renderer');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-output', 'screenshots');

const CHROMIUM_PATH = process.env.SHOUDI_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserModeLedger {
  dir: string;
  service: LedgerService;
  host: HttpHost;
  /** Calls the API the way the renderer does, for arranging and checking the ledger. */
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  close(): Promise<void>;
}

export async function startBrowserModeLedger(options: { households?: number; seed?: number } = {}): Promise<BrowserModeLedger> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No renderer build in ${RENDERER_DIR}: run \`npm run build:renderer\` before the e2e tests`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'shoudi-e2e-'));
  const service = await openService(join(dir, 'ledger.db'), { validateOutput: true, actor: '测试员' });
  // households: 0 leaves the ledger empty, as a clerk's first start finds it.
  if ((options.households ?? 200) > 0) seedDemo(service.db, { households: options.households ?? 200, seed: options.seed ?? 1 });
  const host = await startHttpHost({ dispatch: service.dispatch, staticDir: RENDERER_DIR });
  return {
    dir,
    service,
    host,
    async call(method, input) {
      const result = (await service.dispatch(method, input)) as ApiResult<unknown>;
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as ApiOutput<typeof method>;
    },
    async close() {
      await host.close();
      service.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

export async function launchTestBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 860 }, locale: 'zh-CN', deviceScaleFactor: 1 });
  const page = await context.newPage();
  // Well under the test timeout, so a stuck step fails with the locator it waited for.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    browser,
    context,
    page,
    errors,
    close: () => browser.close(),
  };
}
