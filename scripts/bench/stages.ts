/**
 * Where an import's time and memory go, stage by stage, for one file into a fresh ledger:
 *   node --import tsx scripts/bench/stages.ts bench-output/cache/<version>/return-10000.xls
 * Prints wall time, RSS, heap and peak RSS after open, read, stage, plan, preview and commit.
 * `--twice` imports the file again (the re-import: every row unchanged). Add `--cpu-prof` before
 * `--import` for a profile. A diagnostic beside `npm run bench`, not a
 * scenario of it.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger, type Db } from '../../main/db/open';
import { commitImport } from '../../main/imports/commit';
import { buildPreview, planStaged } from '../../main/imports/preview';
import { stageWorkbook } from '../../main/imports/stage';
import { readWorkbook } from '../../main/io/read-workbook';

const file = process.argv[2] ?? '';
const mb = (n: number) => Math.round(n / 1048576);
let t = performance.now();
const mark = (label: string) => {
  const m = process.memoryUsage();
  process.stderr.write(`${label.padEnd(10)} ${Math.round(performance.now() - t)}ms rss=${mb(m.rss)} heap=${mb(m.heapUsed)} ext=${mb(m.external)} ab=${mb(m.arrayBuffers)} maxRSS=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
  t = performance.now();
};
async function main() {
  const { db } = await openLedger(join(mkdtempSync(join(tmpdir(), 'probe-')), 'l.db'));
  mark('open');
  for (let pass = 1; pass <= (process.argv.includes('--twice') ? 2 : 1); pass++) await importStages(db, pass);
}

async function importStages(db: Db, pass: number) {
  if (pass > 1) process.stderr.write(`-- pass ${pass} (re-import, every row unchanged)\n`);
  const wb = await readWorkbook({ path: file });
  mark('read');
  const staged = stageWorkbook(db, randomUUID(), wb, {});
  mark('stage');
  const plan = planStaged(db, staged);
  mark('plan');
  buildPreview(staged, plan);
  mark('preview');
  commitImport(db, staged, { acceptValid: true, actor: 'bench' }, plan);
  mark('commit');
}
void main().then(() => process.exit(0));
