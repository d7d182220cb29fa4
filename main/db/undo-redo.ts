/**
 * The clerk's undo and redo (Ctrl+Z / Ctrl+Y), persisted in the ledger so they survive a restart.
 * One intention = one change set = one step: an edit, a paste, a removal, a whole import batch.
 *
 *   undo: the newest edit/import/redo change set not yet undone is reverted in a new change set
 *         (source 'undo', undo_of = it);
 *   redo: the newest undo not yet undone — and newer than any edit since — is reverted in turn
 *         (source 'redo'). A new edit after an undo therefore clears the redo stack.
 * Seeds and system writes are not steps a clerk can undo.
 */
import { ApiError } from '../../shared/api/errors';
import { undoBatch } from '../imports/undo';
import { mutate } from './mutate';
import type { Db } from './open';
import { laterChangesTo, revertChangeSets } from './revert';

export interface UndoStep {
  changeSetId: number;
  label: string;
  at: string;
}

interface ChangeSetRow {
  id: number;
  label: string;
  at: string;
  source: string;
  batchId: number | null;
  undoOf: number | null;
}

const SELECT = 'SELECT id, label, at, source, batch_id AS batchId, undo_of AS undoOf FROM change_sets';

function undoTarget(db: Db): ChangeSetRow | undefined {
  return db.prepare(`${SELECT} WHERE source IN ('edit', 'import', 'redo') AND undone_by IS NULL ORDER BY id DESC LIMIT 1`).get() as ChangeSetRow | undefined;
}

function redoTarget(db: Db): ChangeSetRow | undefined {
  return db
    .prepare(
      `${SELECT} WHERE source = 'undo' AND undone_by IS NULL
         AND id > ifnull((SELECT max(id) FROM change_sets WHERE source IN ('edit', 'import')), 0)
       ORDER BY id DESC LIMIT 1`,
    )
    .get() as ChangeSetRow | undefined;
}

const step = (row: ChangeSetRow | undefined): UndoStep | null => (row ? { changeSetId: row.id, label: row.label, at: row.at } : null);

export function undoState(db: Db): { undo: UndoStep | null; redo: UndoStep | null } {
  return { undo: step(undoTarget(db)), redo: step(redoTarget(db)) };
}

export function undo(db: Db, actor: string): UndoStep {
  const target = undoTarget(db);
  if (!target) throw new ApiError('undo.nothing', '没有可以撤销的操作');
  if (target.source === 'import' && target.batchId !== null) {
    undoBatch(db, target.batchId, actor);
    return step(target) as UndoStep;
  }
  const later = laterChangesTo(db, [target.id]);
  if (later.length > 0) throw new ApiError('undo.conflict', `“${target.label}”之后这些记录又被修改（${later.map((c) => c.label).join('；')}），不能直接撤销`);
  db.transaction(() => {
    mutate(db, { actor, source: 'undo', batchId: target.batchId, label: `撤销：${target.label}`, undoOf: target.id }, (m) => revertChangeSets(db, m, [target.id]));
    // Undoing the redo of an import batch takes the batch out again.
    if (target.batchId !== null) db.prepare("UPDATE import_batches SET status = 'undone', undone_at = ? WHERE id = ?").run(new Date().toISOString(), target.batchId);
  }).immediate();
  return step(target) as UndoStep;
}

export function redo(db: Db, actor: string): UndoStep {
  const target = redoTarget(db);
  if (!target) throw new ApiError('redo.nothing', '没有可以恢复（重做）的操作');
  const label = target.label.replace(/^撤销(导入)?[:：]?\s*/, '');
  db.transaction(() => {
    mutate(db, { actor, source: 'redo', batchId: target.batchId, label: `重做：${label}`, undoOf: target.id }, (m) => revertChangeSets(db, m, [target.id]));
    if (target.batchId !== null) db.prepare("UPDATE import_batches SET status = 'committed', undone_at = NULL WHERE id = ?").run(target.batchId);
  }).immediate();
  return step(target) as UndoStep;
}
