/**
 * What the benchmark times. A task prepares once (not timed) and returns `run`, which is timed;
 * each task runs in its own child process (child.ts), so its peak RSS is its own. Scenarios pair a
 * task of the real code with the floor task it is compared to, on the same input in the same run.
 */
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import { openLedger, type Db } from '../../main/db/open';
import { commitImport } from '../../main/imports/commit';
import { buildPreview, planStaged } from '../../main/imports/preview';
import { stageWorkbook } from '../../main/imports/stage';
import { readWorkbook } from '../../main/io/read-workbook';
import { warningsFor } from '../../main/monitoring/warnings';
import { REPORT_TASKS } from './tasks-reports';
import { HEADERS } from './workbooks';

export interface TaskInput {
  /** Cached input file (workbook or ledger). */
  file: string;
  /** For re-import and the grid: the ledger to work on. */
  ledger?: string;
}

/** Named sub-measurements a run reports besides its total (grid round trips). */
export type Marks = Record<string, number>;
export type Run = () => Promise<Marks | void>;
/** `beforeEach` (untimed) gives every run a fresh empty ledger or table, so creating it is not timed. */
export type Task = (input: TaskInput) => Promise<{ run: Run; beforeEach?: () => Promise<void>; cleanup?: () => void }>;

function scratch(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'shoudi-bench-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function importOnce(db: Db, file: string): Promise<void> {
  const workbook = await readWorkbook({ path: file });
  const staged = stageWorkbook(db, randomUUID(), workbook, {});
  const plan = planStaged(db, staged);
  buildPreview(staged, plan);
  const result = commitImport(db, staged, { acceptValid: true, actor: 'bench' }, plan);
  if (result.counts.read === 0) throw new Error(`nothing imported from ${file}`);
}

/** The floor's table: the return's columns, as text, no index. */
async function floorTable(dir: string): Promise<{ db: Db; insert: (row: unknown[]) => void; close: () => void }> {
  const { db } = await openLedger(join(dir, `floor-${randomUUID()}.db`));
  const columns = HEADERS.map((_, i) => `c${i + 1}`);
  db.exec('CREATE TABLE floor_rows (' + columns.map((c) => c + ' TEXT').join(', ') + ')');
  const stmt = db.prepare(`INSERT INTO floor_rows VALUES (${columns.map(() => '?').join(', ')})`);
  const width = columns.length;
  return {
    db,
    insert: (row) => stmt.run(...Array.from({ length: width }, (_, i) => (row[i] === undefined || row[i] === null ? null : String(row[i])))),
    close: () => db.close(),
  };
}

type FloorTable = Awaited<ReturnType<typeof floorTable>>;

/** A floor task: each run reads the file into a fresh empty floor table (made before the timer starts). */
function floorTask(read: (file: string, table: FloorTable) => Promise<void>): Task {
  return async ({ file }) => {
    const s = scratch();
    let table: FloorTable | null = null;
    return {
      beforeEach: async () => {
        table?.close();
        table = await floorTable(s.dir);
      },
      run: async () => {
        if (!table) throw new Error('floor table not prepared');
        await read(file, table);
      },
      cleanup: () => (table?.close(), s.cleanup()),
    };
  };
}

export const TASKS: Record<string, Task> = {
  ...REPORT_TASKS,

  /** Real import into an empty ledger: read -> stage -> plan -> preview -> commit. */
  async import({ file }) {
    const s = scratch();
    let db: Db | null = null;
    return {
      beforeEach: async () => {
        db?.close();
        db = (await openLedger(join(s.dir, `${randomUUID()}.db`))).db;
      },
      run: () => importOnce(db!, file),
      cleanup: () => (db?.close(), s.cleanup()),
    };
  },

  /** The same workbook again over the ledger it was imported into: every row unchanged. */
  async reimport({ file }) {
    const s = scratch();
    const path = join(s.dir, 'ledger.db');
    const { db } = await openLedger(path);
    await importOnce(db, file);
    return { run: () => importOnce(db, file), cleanup: () => (db.close(), s.cleanup()) };
  },

  /** ExcelJS streaming read + one prepared INSERT per row, one transaction. */
  'floor-xlsx': floorTask(async (file, table) => {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit' });
    table.db.exec('BEGIN');
    for await (const sheet of reader) {
      for await (const row of sheet) table.insert((row.values as unknown[]).slice(1));
    }
    table.db.exec('COMMIT');
  }),

  /** SheetJS read + one prepared INSERT per row, one transaction (.xls, and the GBK .csv). */
  'floor-sheetjs': floorTask(async (file, table) => {
    const wb = XLSX.read(readFileSync(file), { type: 'buffer', codepage: 936, dense: true });
    const sheet = wb.Sheets[wb.SheetNames[0] ?? ''];
    const rows = sheet ? (XLSX.utils.sheet_to_json(sheet, { header: 1, raw: false, defval: null }) as unknown[][]) : [];
    table.db.transaction(() => rows.forEach((r) => table.insert(r)))();
  }),

  /** Warnings for one period over the whole ledger (main/monitoring/warnings.ts). */
  async warnings({ file }) {
    const s = scratch();
    const path = join(s.dir, 'ledger.db');
    copyFileSync(file, path);
    const { db } = await openLedger(path);
    return {
      run: async () => {
        const report = warningsFor(db, { period: '2023-08' });
        return { warnings: report.warnings.length };
      },
      cleanup: () => (db.close(), s.cleanup()),
    };
  },

  /** One SELECT over the columns the warning rules read (members with their household). */
  async 'floor-warnings'({ file }) {
    const s = scratch();
    const path = join(s.dir, 'ledger.db');
    copyFileSync(file, path);
    const { db } = await openLedger(path);
    const stmt = db.prepare(
      `SELECT h.id, h.household_no, h.household_type, h.monitor_category, h.monitor_start, h.risks, h.risk_eliminated,
              h.guarantee_food, h.guarantee_education, h.guarantee_medical, h.guarantee_housing, h.guarantee_water,
              m.id, m.name, m.id_no, m.medical_resident, m.medical_staff, m.dibao
       FROM members m JOIN households h ON h.id = m.household_id WHERE m.status = '在户' AND h.status = '在册'`,
    );
    return {
      run: async () => {
        let n = 0;
        for (const _row of stmt.iterate()) n++;
        return { rows: n };
      },
      cleanup: () => (db.close(), s.cleanup()),
    };
  },

  /**
   * Browser mode on the big ledger in real headless Chromium, the server in its own process: from
   * clicking 家庭成员 to the first rendered row, then sort (姓名), quick search (pinyin initials, ID
   * tail) and a column filter (与户主关系 = 之孙女, through the grid's filter model), each until the
   * grid shows the new rows. Marks the server's peak RSS.
   */
  async grid({ file }) {
    const s = scratch();
    const path = join(s.dir, 'ledger.db');
    copyFileSync(file, path);
    const server = await startServer(path);
    const browser = await chromium.launch({ executablePath: process.env.SHOUDI_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    return {
      run: async () => {
        const context = await browser.newContext({ viewport: { width: 1440, height: 860 }, locale: 'zh-CN' });
        const page = await context.newPage();
        page.setDefaultTimeout(120_000);
        await page.goto(server.openUrl);
        // The status bar's counts mean the shell has loaded (a county ledger has no single town in the top bar).
        await page.getByText(/在户 \d+ 人/).waitFor();
        const grid = page.getByRole('region', { name: '家庭成员列表' });
        const firstRow = () => grid.locator('.ag-row[row-id] .ag-cell').first().waitFor();
        const settled = () => page.waitForFunction(() => document.querySelectorAll('.ag-row-loading').length === 0);
        const marks: Marks = {};
        // A round trip: from the clerk's action to the new rows on screen. The search box and the
        // column filter wait for typing to pause (debounce) before asking; `<name>Query` is the
        // part after the request left: server, transfer and rendering.
        const roundTrip = async (name: string, act: () => Promise<void>): Promise<void> => {
          const started = performance.now();
          const requested = page.waitForRequest((r) => r.url().includes('members.list')).then(() => performance.now());
          const answered = page.waitForResponse((r) => r.url().includes('members.list'));
          await act();
          await answered;
          await settled();
          await firstRow();
          const done = performance.now();
          marks[name] = done - started;
          marks[`${name}Query`] = done - (await requested);
        };
        const t = performance.now();
        await page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '家庭成员' }).click();
        await firstRow();
        marks.firstRows = performance.now() - t;
        await roundTrip('sort', () => grid.locator('.ag-header-cell[col-id="name"] .ag-header-cell-label').click());
        const search = page.getByPlaceholder('搜索 姓名 / 证件号码 / 户编号');
        await roundTrip('searchPinyin', () => search.fill('lzh'));
        await roundTrip('searchIdTail', () => search.fill('0423'));
        await roundTrip('searchCleared', () => search.fill(''));
        delete marks.searchCleared;
        delete marks.searchClearedQuery;
        await grid.locator('.ag-header-cell[col-id="relation"] .ag-header-cell-filter-button').click();
        const filterInput = page.locator('.ag-filter input[type="text"]').first();
        await filterInput.waitFor();
        await roundTrip('filter', () => filterInput.fill('之孙女'));
        marks.serverPeakRssMb = await server.peak();
        await context.close();
        return marks;
      },
      cleanup: () => {
        void browser
          .close()
          .then(() => server.stop())
          .finally(() => s.cleanup());
      },
    };
  },

  /**
   * Cold start: start the browser-mode server on the ledger (its own process, as `npm run serve`
   * does), launch Chromium, open the app and click 家庭成员 as soon as the navigation is there,
   * until the first painted grid row. Marks where the time went.
   */
  async 'cold-start'({ file }) {
    const s = scratch();
    const path = join(s.dir, 'ledger.db');
    copyFileSync(file, path);
    return {
      run: async () => {
        const started = performance.now();
        const server = await startServer(path);
        const serverReady = performance.now() - started;
        const browser = await chromium.launch({ executablePath: process.env.SHOUDI_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
        const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
        page.setDefaultTimeout(120_000);
        await page.goto(server.openUrl);
        const nav = page.getByRole('navigation', { name: '台账导航' }).getByRole('button', { name: '家庭成员' });
        await nav.waitFor();
        const shell = performance.now() - started;
        await nav.click();
        await page.getByRole('region', { name: '家庭成员列表' }).locator('.ag-row[row-id] .ag-cell').first().waitFor();
        const firstPaint = performance.now() - started;
        await browser.close();
        const serverPeakRssMb = await server.stop();
        return { serverReady, shell, firstPaint, serverPeakRssMb };
      },
      cleanup: s.cleanup,
    };
  },
};

/** scripts/bench/server.ts in its own process: peak() answers its peak RSS so far (MB), stop() ends it and answers it. */
interface BenchServer {
  openUrl: string;
  token: string;
  peak(): Promise<number>;
  stop(): Promise<number>;
}

function startServer(path: string): Promise<BenchServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('scripts', 'bench', 'server.ts'), path], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout });
    const waiting: ((mb: number) => void)[] = [];
    const ask = (signal: NodeJS.Signals) =>
      new Promise<number>((answer) => {
        waiting.push(answer);
        child.kill(signal);
      });
    lines.on('line', (line) => {
      const message = JSON.parse(line) as { openUrl?: string; token?: string; peakRssMb?: number };
      if (message.openUrl && message.token) resolve({ openUrl: message.openUrl, token: message.token, peak: () => ask('SIGUSR2'), stop: () => ask('SIGTERM') });
      else if (message.peakRssMb !== undefined) waiting.shift()?.(message.peakRssMb);
    });
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`bench server exited with ${code}`));
    });
  });
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
