/**
 * Committing a staged import: one transaction, one import batch. Inside it the plan is made
 * again against the ledger as it is now, the batch row is written, and every change goes
 * through the mutation path with the batch id (so history names the batch, and undo finds it).
 *
 * Default is all-or-nothing: a rejected row blocks the commit. With acceptValid the valid rows
 * commit and the rejected rows stay out (they go into the error receipt).
 */
import { ApiError } from '../../shared/api/errors';
import { mutate } from '../db/mutate';
import type { Db } from '../db/open';
import { planStaged } from './plan';
import type { RowOutcome } from './row-issue';
import type { StagedImport } from './stage';

export interface CommitOptions {
  acceptValid?: boolean;
  actor: string;
}

export interface BatchCounts {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface CommitResult {
  batchId: number;
  counts: BatchCounts;
}

export function countOutcomes(outcomes: Iterable<RowOutcome>): BatchCounts {
  const counts: BatchCounts = { read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const outcome of outcomes) {
    counts.read++;
    counts[outcome]++;
  }
  return counts;
}

/** The refusal of an all-or-nothing commit that has rejected rows. */
export function rowsRejected(counts: BatchCounts): ApiError {
  return new ApiError('import.rows-rejected', `有 ${counts.rejected} 行数据有错误，整个文件没有导入。请下载错误回执交村里更正，或选择“只导入有效行”`, { counts });
}

export function commitImport(db: Db, staged: StagedImport, options: CommitOptions): CommitResult {
  const run = db.transaction((): CommitResult => {
    const plan = planStaged(db, staged);
    const counts = countOutcomes(plan.outcomes.values());
    if (counts.rejected > 0 && !options.acceptValid) {
      throw rowsRejected(counts);
    }
    const now = new Date().toISOString();
    const batchId = Number(
      db
        .prepare(
          `INSERT INTO import_batches (file_name, sha256, template, sheet, village, report_month, rows_read, rows_inserted,
             rows_updated, rows_unchanged, rows_rejected, actor, created_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(staged.fileName, staged.sha256, staged.templateId, staged.sheets.join('、'), staged.reportMonth, counts.read, counts.inserted, counts.updated, counts.unchanged, counts.rejected, options.actor, now)
        .lastInsertRowid,
    );
    const villages = mutate(db, { actor: options.actor, source: 'import', batchId, label: `导入 ${staged.fileName}` }, (m) => plan.apply(m));
    const insertVillage = db.prepare('INSERT OR IGNORE INTO import_batch_villages (batch_id, village_id) VALUES (?, ?)');
    for (const id of villages) insertVillage.run(batchId, id);
    if (villages.size === 1) {
      const name = db.prepare('SELECT name FROM admin_units WHERE id = ?').get([...villages][0]) as { name: string };
      db.prepare('UPDATE import_batches SET village = ? WHERE id = ?').run(name.name, batchId);
    }
    return { batchId, counts };
  });
  return run.immediate();
}
