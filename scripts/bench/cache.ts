/**
 * Generated inputs of the benchmark, cached in bench-output/cache/<version>/ so a second run
 * skips the minutes of generation. Bump GENERATOR_VERSION whenever the demo generator, the
 * workbook writers or the schema they are written into change: stale files are then ignored.
 * A file is written under a temporary name and renamed when complete, so an interrupted run
 * never leaves a half-written input behind.
 *
 * A generated ledger is checked once (the full logic check) before it is cached, as a county
 * office's ledger is on any day after its first: the grid and cold-start scenarios then measure the
 * app, not a first-day background check competing for the same two cores.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openService } from '../../main/service';
import { runFull } from '../../main/checks/run';
import { seedScale } from '../../main/demo/seed-scale';
import { writeReturnCsvGbk, writeReturnXls, writeReturnXlsx } from './workbooks';

export const GENERATOR_VERSION = 'g3-checked-schema0011';
export const OUTPUT_DIR = join(process.cwd(), 'bench-output');
export const CACHE_DIR = join(OUTPUT_DIR, 'cache', GENERATOR_VERSION);

async function cached(name: string, make: (tmp: string) => Promise<void>, log: (line: string) => void): Promise<string> {
  const path = join(CACHE_DIR, name);
  if (existsSync(path)) return path;
  mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = `${path}.partial`;
  rmSync(tmp, { force: true });
  const started = Date.now();
  log(`生成 ${name} …`);
  await make(tmp);
  renameSync(tmp, path);
  log(`生成 ${name} 完成（${Math.round((Date.now() - started) / 1000)} 秒）`);
  return path;
}

export function ledgerWithPersons(persons: number, log: (line: string) => void): Promise<string> {
  return cached(`ledger-${persons}.db`, async (tmp) => {
    const { db, close } = await openService(tmp, { dailyBackup: false, actor: 'bench' });
    try {
      seedScale(db, { persons, seed: 1, onProgress: (d) => log(`  ${d.members} 人`) });
      const checked = runFull(db);
      log(`  数据筛查 ${checked.households} 户，疑点 ${checked.findings} 条`);
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      close();
    }
    rmSync(`${tmp}-wal`, { force: true });
    rmSync(`${tmp}-shm`, { force: true });
  }, log);
}

export function returnWorkbook(kind: 'xlsx' | 'xls' | 'csv', rows: number, log: (line: string) => void): Promise<string> {
  return cached(`return-${rows}.${kind}`, async (tmp) => {
    if (kind === 'xlsx') await writeReturnXlsx(tmp, rows);
    else if (kind === 'xls') await writeReturnXls(tmp, rows);
    else await writeReturnCsvGbk(tmp, rows);
  }, log);
}
