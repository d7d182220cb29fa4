import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHouseholds, returnSheet, returnTable, returnXlsx } from '../../support/member-returns';
import { runCli } from '../../support/cli';
import { tempDir } from '../../support/temp-ledger';

let dir: string;
let cleanup: () => void;
let db: string;
let good: string;
let bad: string;
let rows: number;

const cli = runCli;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'town.db');
  const { town, households } = demoHouseholds(6, 21);
  const table = returnTable(town, households);
  rows = table.length - 1;
  good = join(dir, '青云村2023年7月.xlsx');
  writeFileSync(good, await returnXlsx(returnSheet(table, { title: '龙仙镇2023年7月家庭成员信息表' })));
  const broken = table.map((r) => [...r]);
  broken[2]![table[0]!.indexOf('证件号码')] = '4.40229199001011E+17';
  bad = join(dir, '有错.xlsx');
  writeFileSync(bad, await returnXlsx(returnSheet(broken)));
  cli('init', '--db', db);
});
afterAll(() => cleanup());

describe('CLI import', () => {
  it('dry-runs a clean file without writing anything', () => {
    const result = cli('import', '--db', db, '--dry-run', '--json', good);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ template: '家庭成员信息表', batchId: null, rows: { read: rows, inserted: rows, rejected: 0 } });
    expect(JSON.parse(cli('stats', '--db', db, '--json').stdout).households).toBe(0);
  });

  it('refuses a file with a rejected row (exit 2), writes nothing, and writes the error receipt', () => {
    const receipt = join(dir, '回执.xlsx');
    const result = cli('import', '--db', db, '--json', '--receipt', receipt, bad);
    expect(result.code).toBe(2);
    const out = JSON.parse(result.stdout);
    expect(out.rows.rejected).toBe(1);
    expect(out.errors[0]).toMatchObject({ row: 3, code: 'import.id-number-lost-digits' });
    expect(existsSync(receipt)).toBe(true);
    expect(JSON.parse(cli('stats', '--db', db, '--json').stdout).households).toBe(0);
  });

  it('imports a clean file, prints the counts with the header row and sheet, lists it, and undoes it', () => {
    const result = cli('import', '--db', db, '--json', good);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ file: good, template: '家庭成员信息表', sheet: '家庭成员信息表', headerRow: 3, reportMonth: '2023-07', rows: { inserted: rows, rejected: 0 } });
    const batches = JSON.parse(cli('imports', '--db', db, '--json').stdout);
    expect(batches[0]).toMatchObject({ id: out.batchId, status: 'committed' });
    expect(cli('undo-import', '--db', db, String(out.batchId)).code).toBe(0);
    expect(JSON.parse(cli('stats', '--db', db, '--json').stdout).households).toBe(0);
    expect(JSON.parse(cli('imports', '--db', db, '--json').stdout)[0].status).toBe('undone');
  });

  it('imports only the valid rows with --accept-valid', () => {
    const result = cli('import', '--db', db, '--accept-valid', '--json', bad);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).rows).toMatchObject({ inserted: rows - 1, rejected: 1 });
  });

  it('fails with exit 1 and a Chinese message for a file that is not a spreadsheet', () => {
    const fake = join(dir, '假表.xlsx');
    writeFileSync(fake, 'just some text that is not a workbook at all');
    const result = cli('import', '--db', db, fake);
    expect([1, 2]).toContain(result.code);
    expect(result.stderr + result.stdout).toMatch(/[\u4e00-\u9fa5]/);
  });
});
