/**
 * The child process the crash-safety tests kill with SIGKILL. It opens a real ledger and does one
 * kind of work, printing a line to stdout at each point the parent needs to know about (pipes
 * are written synchronously on Linux, so a line printed before the kill is never lost):
 *   import  — stage a read workbook (JSON of WorkbookText) against the ledger, print `begin`,
 *             commit it in one transaction, print `done`;
 *   edits   — print `ready`, then members.update through the dispatcher `count` times, each its
 *             own change set, printing `ok <i>` after each committed edit;
 *   backup  — print `begin`, copy the ledger with better-sqlite3's backup API a few pages per
 *             step, print `done`;
 *   app-backup — the same through the app's createBackup (temporary name, then rename).
 * The daily backup openService takes at start is turned off: it is not the work under test.
 * Usage: node crash-child.mjs '<json CrashJob>'
 */
import { readFileSync } from 'node:fs';
import { createBackup } from '../../main/backup/backups';
import { openLedger } from '../../main/db/open';
import { commitImport } from '../../main/imports/commit';
import { stageWorkbook } from '../../main/imports/stage';
import type { WorkbookText } from '../../main/io/read-workbook';
import { openService } from '../../main/service';
import { editValues, type CrashJob } from './crash-jobs';

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function runImport(job: Extract<CrashJob, { kind: 'import' }>): Promise<void> {
  const workbook = JSON.parse(readFileSync(job.workbookJson, 'utf8')) as WorkbookText;
  const service = await openService(job.ledger, { actor: 'crash-child', dailyBackup: false });
  const staged = stageWorkbook(service.db, 'crash', workbook);
  say('begin');
  const result = commitImport(service.db, staged, { actor: 'crash-child' });
  say(`done ${JSON.stringify(result)}`);
  service.close();
}

async function runEdits(job: Extract<CrashJob, { kind: 'edits' }>): Promise<void> {
  const service = await openService(job.ledger, { actor: 'crash-child', dailyBackup: false });
  const ids = (service.db.prepare("SELECT id FROM members WHERE status = '在户' ORDER BY id").all() as { id: number }[]).map((r) => r.id);
  say('ready');
  for (let i = 0; i < job.count; i++) {
    const result = await service.dispatch('members.update', { id: ids[i % ids.length], patch: editValues(i) });
    if (!result.ok) {
      say(`error ${JSON.stringify(result.error)}`);
      process.exit(3);
    }
    say(`ok ${i}`);
  }
  say('done');
  service.close();
}

async function runBackup(job: Extract<CrashJob, { kind: 'backup' }>): Promise<void> {
  const { db } = await openLedger(job.ledger);
  say('begin');
  await db.backup(job.dest, { progress: () => job.pagesPerStep });
  say('done');
  db.close();
}

async function runAppBackup(job: Extract<CrashJob, { kind: 'app-backup' }>): Promise<void> {
  const { db } = await openLedger(job.ledger);
  say('begin');
  const entry = await createBackup(db, job.dir, '手动');
  say(`done ${entry.fileName}`);
  db.close();
}

const RUNS: { [K in CrashJob['kind']]: (job: Extract<CrashJob, { kind: K }>) => Promise<void> } = {
  import: runImport,
  edits: runEdits,
  backup: runBackup,
  'app-backup': runAppBackup,
};

const arg = process.argv[2];
if (arg) {
  const job = JSON.parse(arg) as CrashJob;
  (RUNS[job.kind] as (job: CrashJob) => Promise<void>)(job).catch((error: unknown) => {
    say(`error ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  });
}
