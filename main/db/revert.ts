/**
 * Reverting a change set from its history, newest row first: an insert is deleted, an update
 * gets its old value back, a delete is restored with the same id. Shared by the undo of an
 * import batch and the clerk's undo/redo, so there is one way back.
 */
import type { FieldValue } from '../../shared/domain/records';
import type { Mutation, SqlValue } from './mutate';
import type { Db } from './open';
import type { TableName } from './tables';

interface HistoryRow {
  tableName: TableName;
  recordId: number;
  op: 'insert' | 'update' | 'delete';
  field: string;
  oldValue: string | null;
}

/** A place created by an import may since carry a household added by hand: keep it then. */
function unitInUse(db: Db, unitId: number): boolean {
  return (
    db.prepare('SELECT 1 FROM households WHERE village_id = @id OR group_id = @id UNION ALL SELECT 1 FROM admin_units WHERE parent_id = @id LIMIT 1').get({ id: unitId }) !==
    undefined
  );
}

export function revertChangeSets(db: Db, m: Mutation, changeSetIds: readonly number[]): void {
  const rows = db
    .prepare(
      `SELECT table_name AS tableName, record_id AS recordId, op, field, old_value AS oldValue
       FROM history WHERE change_set_id IN (SELECT value FROM json_each(?)) ORDER BY id DESC`,
    )
    .all(JSON.stringify(changeSetIds)) as HistoryRow[];
  for (const h of rows) {
    if (h.op === 'insert') {
      if (!(h.tableName === 'admin_units' && unitInUse(db, h.recordId))) m.delete(h.tableName, h.recordId);
    } else if (h.op === 'update') {
      m.update(h.tableName, h.recordId, { [h.field]: h.oldValue === null ? null : (JSON.parse(h.oldValue) as FieldValue) });
    } else if (h.oldValue !== null) {
      m.restore(h.tableName, JSON.parse(h.oldValue) as Record<string, SqlValue>);
    }
  }
}

/** Change sets after `changeSetId` that touched the same records (undoing would overwrite them). */
export function laterChangesTo(db: Db, changeSetIds: readonly number[]): { label: string; at: string }[] {
  return db
    .prepare(
      `SELECT DISTINCT cs.id, cs.label, cs.at FROM history later
       JOIN change_sets cs ON cs.id = later.change_set_id
       WHERE later.change_set_id > (SELECT max(value) FROM json_each(@ids))
         AND cs.undone_by IS NULL AND cs.undo_of IS NULL
         AND EXISTS (SELECT 1 FROM history mine
                     WHERE mine.change_set_id IN (SELECT value FROM json_each(@ids))
                       AND mine.table_name = later.table_name AND mine.record_id = later.record_id)
       ORDER BY cs.id LIMIT 5`,
    )
    .all({ ids: JSON.stringify(changeSetIds) }) as { label: string; at: string }[];
}
