/**
 * Committing a staged import: one transaction, one import batch. Inside it the plan is checked
 * against the ledger as it is now — the preview's plan is written as it is when the ledger's
 * revision has not moved since it was made (no write in between), otherwise the plan is made
 * again — the batch row is written, and every change goes through the mutation path with the
 * batch id (so history names the batch, and undo finds it).
 *
 * A batch that fills a table in bulk (BULK_MIN_ROWS and at least as many rows as the table holds,
 * by the plan's own counts) rebuilds that table's secondary indexes once at the end instead of
 * updating them row by row (db/deferred-indexes.ts) — inside the same transaction, so a failed
 * or interrupted commit leaves the ledger, indexes included, as it was.
 *
 * Default is all-or-nothing: a rejected row blocks the commit. With acceptValid the valid rows
 * commit and the rejected rows stay out (they go into the error receipt).
 */
import { ApiError } from '../../shared/api/errors';
import { bulkTables, withDeferredIndexes } from '../db/deferred-indexes';
import { recordsVersion } from '../db/ledger-version';
import { mutate } from '../db/mutate';
import type { Db } from '../db/open';
import { planStaged, type StagedPlan } from './plan';
import type { RowOutcome } from './row-issue';
import type { StagedImport } from './stage';

export interface CommitOptions {
  acceptValid?: boolean;
  actor: string;
  /** Fewest new rows for a table to be filled without its indexes; default BULK_MIN_ROWS. */
  bulkMinRows?: number;
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

/** The preview's plan when it still holds: same staged rows, same connection, same revision. */
function stillValid(db: Db, staged: StagedImport, planned: StagedPlan | null | undefined): planned is StagedPlan {
  return !!planned && planned.staged === staged && planned.db === db && planned.revision === recordsVersion(db);
}

export function commitImport(db: Db, staged: StagedImport, options: CommitOptions, planned?: StagedPlan | null): CommitResult {
  const run = db.transaction((): CommitResult => {
    const plan = stillValid(db, staged, planned) ? planned : planStaged(db, staged);
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
    const bulk = bulkTables(db, plan.newRows ?? {}, options.bulkMinRows);
    const villages = mutate(db, { actor: options.actor, source: 'import', batchId, label: `导入 ${staged.fileName}` }, (m) => withDeferredIndexes(db, bulk, () => plan.apply(m)));
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
