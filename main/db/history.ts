/**
 * Reading the change history of one record. An insert is shown as one entry ("新建") whose new
 * value is the whole record; updates show one entry per changed field with old -> new.
 */
import type { HistoryEntry } from '../../shared/api/contract';
import { fieldSpec, type FieldValue } from '../../shared/domain/records';
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
