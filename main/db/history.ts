/**
 * Reading the change history of one record. An insert is shown as one entry ("新建") whose new
 * value is the whole record; updates show one entry per changed field with old -> new.
 */
import type { HistoryEntry } from '../../shared/api/contract';
import { fieldSpec, type FieldValue } from '../../shared/domain/records';
import { ApiError } from '../../shared/api/errors';
import { mutate } from './mutate';
import type { Db } from './open';

const KIND = { households: 'household', members: 'member' } as const;

interface RawHistory {
  id: number;
  at: string;
  actor: string;
  source: string;
  batchId: number | null;
  op: 'insert' | 'update' | 'delete';
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

function decode(text: string | null): FieldValue {
  if (text === null) return null;
  const value = JSON.parse(text) as unknown;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return '（整条记录）';
  return value as FieldValue;
}

export function listHistory(db: Db, table: 'households' | 'members', recordId: number, limit: number): HistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT h.id, cs.at, cs.actor, cs.source, cs.batch_id AS batchId, h.op, h.field,
              h.old_value AS oldValue, h.new_value AS newValue
       FROM history h JOIN change_sets cs ON cs.id = h.change_set_id
       WHERE h.table_name = ? AND h.record_id = ? ORDER BY h.id DESC LIMIT ?`,
    )
    .all(table, recordId, limit) as RawHistory[];
  return rows.map((r) => ({
    ...r,
    fieldLabel: r.field !== '*' ? (fieldSpec(KIND[table], r.field)?.label ?? r.field) : r.op === 'delete' ? '撤销导入时删除' : '新建',
    oldValue: r.op === 'delete' ? '（整条记录）' : decode(r.oldValue),
    newValue: r.op === 'insert' ? '（新建记录）' : decode(r.newValue),
  }));
}

/**
 * Put a record back to how it was right after history entry `historyId`: every field changed
 * since then gets the value it had at that moment, as one new edit (so it can itself be undone).
 */
export function restoreVersion(db: Db, actor: string, table: 'households' | 'members', recordId: number, historyId: number): number {
  const anchor = db.prepare('SELECT id FROM history WHERE id = ? AND table_name = ? AND record_id = ?').get(historyId, table, recordId);
  if (!anchor) throw new ApiError('history.not-found', '找不到这条修改记录，请刷新后重试', { historyId });
  const later = db
    .prepare("SELECT field, old_value AS oldValue FROM history WHERE table_name = ? AND record_id = ? AND id > ? AND op = 'update' ORDER BY id")
    .all(table, recordId, historyId) as { field: string; oldValue: string | null }[];
  const values: Record<string, FieldValue> = {};
  for (const h of later) if (!(h.field in values)) values[h.field] = h.oldValue === null ? null : (JSON.parse(h.oldValue) as FieldValue);
  if (Object.keys(values).length === 0) return 0;
  const at = (db.prepare('SELECT cs.at FROM history h JOIN change_sets cs ON cs.id = h.change_set_id WHERE h.id = ?').get(historyId) as { at: string }).at;
  return mutate(db, { actor, source: 'edit', label: `恢复到 ${at.slice(0, 16).replace('T', ' ')} 的版本` }, (m) => m.update(table, recordId, values).length);
}
