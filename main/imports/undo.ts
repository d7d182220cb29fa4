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
import type { FieldValue } from '../../shared/domain/records';
import { mutate } from '../db/mutate';
import type { Db } from '../db/open';
import type { TableName } from '../db/tables';

interface HistoryRow {
  id: number;
  changeSetId: number;
  tableName: TableName;
  recordId: number;
  op: 'insert' | 'update' | 'delete';
  field: string;
  oldValue: string | null;
}

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

function laterChanges(db: Db, batchId: number): { label: string; at: string }[] {
  return db
    .prepare(
      `SELECT DISTINCT cs.label, cs.at FROM history later
       JOIN change_sets cs ON cs.id = later.change_set_id
       WHERE later.change_set_id > (SELECT max(id) FROM change_sets WHERE batch_id = ? AND source = 'import')
         AND EXISTS (SELECT 1 FROM history mine JOIN change_sets mcs ON mcs.id = mine.change_set_id
                     WHERE mcs.batch_id = ? AND mcs.source = 'import'
                       AND mine.table_name = later.table_name AND mine.record_id = later.record_id)
       ORDER BY cs.id LIMIT 5`,
    )
    .all(batchId, batchId) as { label: string; at: string }[];
}

/** A place the import created may since carry a household added by hand: keep it then. */
function unitInUse(db: Db, unitId: number): boolean {
  return (
    db.prepare('SELECT 1 FROM households WHERE village_id = @id OR group_id = @id UNION ALL SELECT 1 FROM admin_units WHERE parent_id = @id LIMIT 1').get({ id: unitId }) !==
    undefined
  );
}

function decode(text: string | null): FieldValue {
  return text === null ? null : (JSON.parse(text) as FieldValue);
}

export function undoBatch(db: Db, batchId: number, actor: string): ImportBatch {
  const batch = getBatch(db, batchId);
  if (!batch) throw new ApiError('import.batch-not-found', `找不到第 ${batchId} 批导入`, { batchId });
  if (batch.status === 'undone') throw new ApiError('import.already-undone', `第 ${batchId} 批导入（${batch.fileName}）已经撤销过了`, { batchId });
  const later = laterChanges(db, batchId);
  if (later.length > 0) {
    throw new ApiError(
      'import.undo-conflict',
      `导入“${batch.fileName}”之后，其中的记录又有修改（${later.map((c) => c.label).join('；')}），直接撤销会覆盖这些修改。请先撤销之后的修改或导入，再撤销本批`,
      { batchId, later },
    );
  }
  const history = db
    .prepare(
      `SELECT h.id, h.change_set_id AS changeSetId, h.table_name AS tableName, h.record_id AS recordId, h.op, h.field, h.old_value AS oldValue
       FROM history h JOIN change_sets cs ON cs.id = h.change_set_id
       WHERE cs.batch_id = ? AND cs.source = 'import' ORDER BY h.id DESC`,
    )
    .all(batchId) as HistoryRow[];
  const run = db.transaction(() => {
    mutate(db, { actor, source: 'undo', batchId, label: `撤销导入 ${batch.fileName}` }, (m) => {
      for (const h of history) {
        if (h.op === 'insert' && !(h.tableName === 'admin_units' && unitInUse(db, h.recordId))) m.delete(h.tableName, h.recordId);
        else if (h.op === 'update') m.update(h.tableName, h.recordId, { [h.field]: decode(h.oldValue) });
      }
    });
    db.prepare("UPDATE import_batches SET status = 'undone', undone_at = ? WHERE id = ?").run(new Date().toISOString(), batchId);
  });
  run.immediate();
  return getBatch(db, batchId) as ImportBatch;
}
