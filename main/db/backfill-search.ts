/**
 * Backfill of the derived search columns (search-columns.ts) for rows written before migration
 * 0008. Runs inside that migration's transaction, before any client can write. The guard triggers
 * refuse writes outside a change set, so the step holds the guard itself (change set 0: no
 * history, because nothing a clerk sees changes — the columns follow from recorded fields).
 * Reads page by id so memory stays bounded on a ledger of millions.
 */
import type { Db } from './open';
import { namePinyin, reversed } from './search-columns';

const PAGE = 10_000;

export function backfillSearchColumns(db: Db): void {
  db.prepare('INSERT INTO write_guard (change_set_id) VALUES (0)').run();
  const members = db.prepare('SELECT id, name, id_no AS idNo FROM members WHERE id > ? ORDER BY id LIMIT ?');
  const setMember = db.prepare('UPDATE members SET name_pinyin = ?, name_initials = ?, id_no_rev = ? WHERE id = ?');
  for (let last = 0; ; ) {
    const rows = members.all(last, PAGE) as { id: number; name: string; idNo: string }[];
    if (rows.length === 0) break;
    for (const r of rows) {
      const p = namePinyin(r.name);
      setMember.run(p.full, p.initials, reversed(r.idNo), r.id);
    }
    last = rows[rows.length - 1]!.id;
  }
  const households = db.prepare('SELECT id, household_no AS householdNo FROM households WHERE id > ? ORDER BY id LIMIT ?');
  const setHousehold = db.prepare('UPDATE households SET household_no_rev = ? WHERE id = ?');
  for (let last = 0; ; ) {
    const rows = households.all(last, PAGE) as { id: number; householdNo: string }[];
    if (rows.length === 0) break;
    for (const r of rows) setHousehold.run(reversed(r.householdNo), r.id);
    last = rows[rows.length - 1]!.id;
  }
  db.prepare('DELETE FROM write_guard WHERE change_set_id = 0').run();
}
