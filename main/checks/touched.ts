/**
 * Which households the change sets after a watermark touched, read from the history the mutation
 * path writes for every change (edits, imports, undo/redo, restores alike). A member or an income
 * record counts for the household it is in now, the one it was deleted from (the delete keeps the
 * old row) and the one it was inserted into or moved between. Employment months, 返乡回流 cases
 * and service events belong to a member: they count for the household of every member they were
 * (or are) attached to, the member's current household (a member who moved is in the members'
 * history already). A change to the villages, the policy table or a department's list can change
 * findings of any household: then null = "check everything".
 */
import type { Db } from '../db/open';

const CHILD_TABLES = ['members', 'income_records', 'measures', 'monitor_events'] as const;
const MEMBER_TABLES = ['employment_records', 'returnee_cases', 'service_events'] as const;

function addIds(ids: Set<number>, rows: Record<string, unknown>[]): void {
  for (const row of rows) {
    for (const value of Object.values(row)) {
      const n = Number(value);
      if (value !== null && Number.isInteger(n) && n > 0) ids.add(n);
    }
  }
}

export function lastChangeSet(db: Db): number {
  return (db.prepare('SELECT ifnull(max(id), 0) AS id FROM change_sets').get() as { id: number }).id;
}

export function touchedHouseholds(db: Db, afterChangeSet: number): number[] | null {
  const global = db.prepare("SELECT 1 FROM history WHERE change_set_id > ? AND table_name IN ('admin_units', 'policy_years', 'department_lists') LIMIT 1").get(afterChangeSet);
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
    addIds(ids, rows);
  }
  const memberIds = new Set<number>();
  for (const table of MEMBER_TABLES) {
    const rows = db
      .prepare(
        `SELECT t.member_id AS current,
                json_extract(hi.old_value, '$.member_id') AS deletedFrom,
                json_extract(hi.new_value, '$.memberId') AS insertedInto,
                json_extract(hi.new_value, '$.member_id') AS restoredInto,
                CASE WHEN hi.field = 'memberId' THEN hi.old_value END AS movedFrom,
                CASE WHEN hi.field = 'memberId' THEN hi.new_value END AS movedTo
         FROM history hi LEFT JOIN ${table} t ON t.id = hi.record_id
         WHERE hi.change_set_id > ? AND hi.table_name = '${table}'`,
      )
      .all(afterChangeSet) as Record<string, unknown>[];
    addIds(memberIds, rows);
  }
  if (memberIds.size > 0) {
    const rows = db.prepare('SELECT DISTINCT household_id AS id FROM members WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...memberIds])) as { id: number }[];
    for (const r of rows) ids.add(r.id);
  }
  return [...ids].sort((a, b) => a - b);
}
