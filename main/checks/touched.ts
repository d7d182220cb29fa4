/**
 * Which households the change sets after a watermark touched, read from the history the mutation
 * path writes for every change (edits, imports, undo/redo, restores alike). A member or an income
 * record counts for the household it is in now, the one it was deleted from (the delete keeps the
 * old row) and the one it was inserted into or moved between. A change to the villages or to the
 * policy table can change findings of any household: then null = "check everything".
 */
import type { Db } from '../db/open';

const CHILD_TABLES = ['members', 'income_records', 'measures', 'monitor_events'] as const;

export function lastChangeSet(db: Db): number {
  return (db.prepare('SELECT ifnull(max(id), 0) AS id FROM change_sets').get() as { id: number }).id;
}

export function touchedHouseholds(db: Db, afterChangeSet: number): number[] | null {
  const global = db.prepare("SELECT 1 FROM history WHERE change_set_id > ? AND table_name IN ('admin_units', 'policy_years') LIMIT 1").get(afterChangeSet);
  if (global) return null;
  const ids = new Set<number>();
  const direct = db.prepare("SELECT DISTINCT record_id AS id FROM history WHERE change_set_id > ? AND table_name = 'households'").all(afterChangeSet) as { id: number }[];
  for (const r of direct) ids.add(r.id);
  for (const table of CHILD_TABLES) {
    const rows = db
      .prepare(
        `SELECT t.household_id AS current,
                json_extract(hi.old_value, '$.household_id') AS deletedFrom,
                json_extract(hi.new_value, '$.householdId') AS insertedInto,
                json_extract(hi.new_value, '$.household_id') AS restoredInto,
                CASE WHEN hi.field = 'householdId' THEN hi.old_value END AS movedFrom,
                CASE WHEN hi.field = 'householdId' THEN hi.new_value END AS movedTo
         FROM history hi LEFT JOIN ${table} t ON t.id = hi.record_id
         WHERE hi.change_set_id > ? AND hi.table_name = '${table}'`,
      )
      .all(afterChangeSet) as Record<string, unknown>[];
    for (const row of rows) {
      for (const value of Object.values(row)) {
        const n = Number(value);
        if (value !== null && Number.isInteger(n) && n > 0) ids.add(n);
      }
    }
  }
  return [...ids].sort((a, b) => a - b);
}
