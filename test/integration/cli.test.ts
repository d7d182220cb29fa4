import Database from '../../main/db/driver';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../main/db/open';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp-ledger';

let dir: string;
let cleanup: () => void;
let db: string;

const cli = runCli;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'demo.db');
});
afterAll(() => cleanup());

describe('the headless CLI', () => {
  it('creates a ledger with init', () => {
    const result = cli('init', '--db', db, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ path: db, schemaVersion: MIGRATIONS.length });
  });

  it('seeds a deterministic demo town and counts it with stats --json', () => {
    const seeded = cli('seed-demo', '--db', db, '--households', '150', '--seed', '7', '--json');
    expect(seeded.code).toBe(0);
    const stats = JSON.parse(cli('stats', '--db', db, '--json').stdout) as Record<string, number>;
    expect(stats).toMatchObject({ towns: 1, households: 150 });
    expect(stats.villages).toBeGreaterThanOrEqual(8);
    expect(stats.members).toBeGreaterThan(150);
    // stats counts people 在户; the seed also writes a few who died or moved out.
    const written = (JSON.parse(seeded.stdout) as { members: number }).members;
    expect(stats.members).toBeLessThanOrEqual(written);
    expect(stats.members).toBeGreaterThan(written * 0.9);
  });

  it('creates the ledger file when seed-demo is pointed at a new one', () => {
    const fresh = join(dir, 'fresh.db');
    expect(cli('seed-demo', '--db', fresh, '--households', '20').code).toBe(0);
    expect(JSON.parse(cli('stats', '--db', fresh, '--json').stdout)).toMatchObject({ households: 20 });
  });

  it('refuses to mix demo data into a ledger that has households', () => {
    const again = cli('seed-demo', '--db', db, '--households', '10');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('演示数据只写入空台账');
  });

  it('finds a person by any accepted spelling of the ID and prints member and household as JSON', () => {
    const reader = new Database(db, { readonly: true });
    const idNo = (reader.prepare("SELECT id_no AS idNo FROM members WHERE relation = '户主' LIMIT 1").get() as { idNo: string }).idNo;
    reader.close();
    expect(idNo).toMatch(/^\d{17}[\dX]$/);
    const result = cli('get', '--db', db, '--id', ` ${idNo.toLowerCase()} `, '--json');
    expect(result.code).toBe(0);
    const found = JSON.parse(result.stdout);
    expect(found.member).toMatchObject({ idNo, relation: '户主' });
    expect(found.household).toMatchObject({ headIdNo: idNo, town: '龙仙镇', county: '翁源县' });
    expect(Array.isArray(found.member.health)).toBe(true);
    expect(found.household.householdType).toMatch(/脱贫户|脱贫不享受政策户|一般农户/);
  });

  it('exits 2 with a Chinese message for a malformed ID', () => {
    const result = cli('get', '--db', db, '--id', '4.40229E+17', '--json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('无法恢复');
    expect(result.stdout).toBe('');
  });

  it('exits 1 when the person is not in the ledger', () => {
    const result = cli('get', '--db', db, '--id', '11010519491231002X');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('台账中没有');
  });

  it('exits 2 for an unknown command or option, with usage in Chinese', () => {
    expect(cli('frobnicate', '--db', db).code).toBe(2);
    expect(cli('seed-demo', '--db', db, '--households', 'many').code).toBe(2);
    const unknown = cli('stats', '--nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('用法');
  });

  it('exits 1 when the ledger file does not exist', () => {
    const result = cli('stats', '--db', join(dir, 'missing.db'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('不存在');
  });
});
