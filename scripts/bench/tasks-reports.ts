/**
 * Bench tasks over a whole cached ledger that read much and write a report: the full logic check
 * (数据筛查) and the quarterly needs sheet (季度就业/培训需求表), each with its floor.
 *
 * floor-checks reads every column the check loaders read (main/checks/load.ts CHECK_SOURCES, the
 * same lists its SELECTs are built from) in one statement — a UNION ALL of the tables, padded to
 * one width — iterated to the end. Before it runs it holds that list against the check
 * catalogue: every field a rule declares it reads must be among the columns (by its field key in
 * main/db/tables.ts or its name in the loader), so a rule that starts reading something new makes
 * the floor refuse to run instead of quietly reading less than the checks do.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECK_SOURCES } from '../../main/checks/load';
import { runFull } from '../../main/checks/run';
import { openLedger, type Db } from '../../main/db/open';
import { TABLES, type TableName } from '../../main/db/tables';
import { employmentSheet, needsSheet } from '../../main/employment/sheets';
import { CHECK_RULES, type CheckRule } from '../../shared/domain/checks';
import type { Task } from './tasks';

const QUARTER = '2023Q3';

/** Declared reads that name a whole record or list rather than one column, and where they live. */
const WHOLE_READS: Record<string, string> = {
  income: 'income_records',
  measures: 'measures',
  monthlyWage: 'employment_records',
  returnMonth: 'returnee_cases',
  民政名单: 'department_lists',
  医保名单: 'department_lists',
  残联名单: 'department_lists',
};

async function ledgerCopy(file: string): Promise<{ db: Db; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'shoudi-bench-'));
  const path = join(dir, 'ledger.db');
  copyFileSync(file, path);
  const { db } = await openLedger(path);
  return { db, cleanup: () => (db.close(), rmSync(dir, { recursive: true, force: true })) };
}

/** The floor's one SELECT, and the declared reads it would not cover (must be none). */
export function checksFloorSql(rules: readonly Pick<CheckRule, 'reads'>[] = CHECK_RULES): { sql: string; uncovered: string[] } {
  const parts = CHECK_SOURCES.map((source) => ({ ...source, list: source.columns.split(',').map((c) => c.trim()) }));
  const width = Math.max(...parts.map((p) => p.list.length));
  const sql = parts
    .map((p) => `SELECT ${[...p.list, ...Array.from({ length: width - p.list.length }, () => 'NULL')].join(', ')} FROM ${p.from}`)
    .join(' UNION ALL ');
  const covered = new Set<string>();
  for (const p of parts) {
    const columns = p.list.map((c) => c.split(/\s+AS\s+/i)[0]!.replace(/^\w+\./, ''));
    p.list.forEach((c, i) => covered.add(c.split(/\s+AS\s+/i)[1] ?? columns[i]!));
    const spec = TABLES[p.table as TableName] as (typeof TABLES)[TableName] | undefined;
    for (const [key, column] of Object.entries(spec?.columns ?? {})) if (columns.includes(column)) covered.add(key);
  }
  const tables = new Set(parts.map((p) => p.table));
  const uncovered = [...new Set(rules.flatMap((r) => r.reads))].filter((key) => !covered.has(key) && !tables.has(WHOLE_READS[key] ?? ''));
  return { sql, uncovered };
}

export const REPORT_TASKS: Record<string, Task> = {
  /** The full logic check over the whole ledger (main/checks/run.ts), findings replaced each run. */
  async 'logic-check'({ file }) {
    const { db, cleanup } = await ledgerCopy(file);
    return {
      run: async () => {
        const summary = runFull(db);
        return { households: summary.households, findings: summary.findings };
      },
      cleanup,
    };
  },

  /** One SELECT over every column the checks read, iterated to the end. */
  async 'floor-checks'({ file }) {
    const { sql, uncovered } = checksFloorSql();
    if (uncovered.length > 0) throw new Error(`floor-checks does not read what the checks declare: ${uncovered.join(', ')}`);
    const { db, cleanup } = await ledgerCopy(file);
    const stmt = db.prepare(sql);
    return {
      run: async () => {
        let rows = 0;
        for (const _row of stmt.iterate()) rows++;
        return { rows };
      },
      cleanup,
    };
  },

  /** The styled, print-ready 季度就业/培训需求表 for the whole ledger, written to a file. */
  async 'needs-sheet'({ file }) {
    const { db, cleanup } = await ledgerCopy(file);
    const dir = mkdtempSync(join(tmpdir(), 'shoudi-bench-'));
    return {
      run: async () => {
        const sheet = await employmentSheet(db, 'needs-sheet', QUARTER);
        if (sheet.rows === 0) throw new Error('the needs sheet is empty: the cached ledger has no employment data');
        writeFileSync(join(dir, 'needs.xlsx'), sheet.bytes);
        return { rows: sheet.rows };
      },
      cleanup: () => (cleanup(), rmSync(dir, { recursive: true, force: true })),
    };
  },

  /** The same cells (same query, same values), unstyled, through ExcelJS's streaming writer. */
  async 'floor-needs-sheet'({ file }) {
    const { db, cleanup } = await ledgerCopy(file);
    const dir = mkdtempSync(join(tmpdir(), 'shoudi-bench-'));
    return {
      run: async () => {
        const { headers, rows, title } = needsSheet(db, QUARTER, undefined);
        const filename = join(dir, 'needs-floor.xlsx');
        const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: false, useSharedStrings: false });
        const sheet = workbook.addWorksheet(title);
        sheet.addRow([title]).commit();
        sheet.addRow(headers).commit();
        for (const row of rows) sheet.addRow(row).commit();
        await workbook.commit();
        return { rows: rows.length, kb: Math.round(statSync(filename).size / 1024) };
      },
      cleanup: () => (cleanup(), rmSync(dir, { recursive: true, force: true })),
    };
  },
};
