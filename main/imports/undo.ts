/**
 * Undo of an import batch: replay the batch's history backwards through the mutation path —
 * updated fields get their old values back, inserted records are deleted (members before their
 * households, households before the places created for them). Deleting, not marking, is what
 * lets a later import of the same file work exactly as the first did.
 *
 * Refused when a later change touched a record of the batch: undoing would silently overwrite
 * that later work; the clerk must undo the later change first.
 */
import type { ImportBatch } from '../../shared/api/imports-contract';
import { ApiError } from '../../shared/api/errors';
import { mutate } from '../db/mutate';
import { laterChangesTo, revertChangeSets } from '../db/revert';
import type { Db } from '../db/open';

interface BatchRow {
  id: number;
  file_name: string;
  sha256: string;
  template: string;
  sheet: string;
  village: string | null;
  report_month: string | null;
  rows_read: number;
  rows_inserted: number;
  rows_updated: number;
  rows_unchanged: number;
  rows_rejected: number;
  actor: string;
  created_at: string;
  status: 'committed' | 'undone';
  undone_at: string | null;
}

export function toBatch(row: BatchRow): ImportBatch {
  return {
    id: row.id,
    fileName: row.file_name,
    sha256: row.sha256,
    template: row.template,
    sheet: row.sheet,
    village: row.village,
    reportMonth: row.report_month,
    counts: { read: row.rows_read, inserted: row.rows_inserted, updated: row.rows_updated, unchanged: row.rows_unchanged, rejected: row.rows_rejected },
    actor: row.actor,
    createdAt: row.created_at,
    status: row.status,
    undoneAt: row.undone_at,
  };
}

export function getBatch(db: Db, batchId: number): ImportBatch | undefined {
  const row = db.prepare('SELECT * FROM import_batches WHERE id = ?').get(batchId) as BatchRow | undefined;
  return row ? toBatch(row) : undefined;
}

export function listBatches(db: Db, limit: number): ImportBatch[] {
  return (db.prepare('SELECT * FROM import_batches ORDER BY id DESC LIMIT ?').all(limit) as BatchRow[]).map(toBatch);
}

export function undoBatch(db: Db, batchId: number, actor: string): ImportBatch {
  const batch = getBatch(db, batchId);
  if (!batch) throw new ApiError('import.batch-not-found', `找不到第 ${batchId} 批导入`, { batchId });
  if (batch.status === 'undone') throw new ApiError('import.already-undone', `第 ${batchId} 批导入（${batch.fileName}）已经撤销过了`, { batchId });
  const changeSets = (db.prepare("SELECT id FROM change_sets WHERE batch_id = ? AND source = 'import' ORDER BY id").all(batchId) as { id: number }[]).map((r) => r.id);
  const later = changeSets.length > 0 ? laterChangesTo(db, changeSets) : [];
  if (later.length > 0) {
    throw new ApiError(
      'import.undo-conflict',
      `导入“${batch.fileName}”之后，其中的记录又有修改（${later.map((c) => c.label).join('；')}），直接撤销会覆盖这些修改。请先撤销之后的修改或导入，再撤销本批`,
      { batchId, later },
    );
  }
  const run = db.transaction(() => {
    mutate(db, { actor, source: 'undo', batchId, label: `撤销导入 ${batch.fileName}`, undoOf: changeSets.at(-1) ?? null }, (m) => revertChangeSets(db, m, changeSets));
    db.prepare("UPDATE import_batches SET status = 'undone', undone_at = ? WHERE id = ?").run(new Date().toISOString(), batchId);
  });
  run.immediate();
  return getBatch(db, batchId) as ImportBatch;
}
