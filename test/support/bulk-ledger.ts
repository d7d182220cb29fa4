/**
 * A very large ledger in seconds, for behaviour tests that need size (a backup of a million
 * members): one demo household for the county/town/village, then households and members written
 * by recursive-CTE bulk INSERTs inside the write guard — not the per-record mutation path, which
 * records history for every field and would take many minutes. Rows are valid: unique 18-character
 * IDs, a 户主 per household, four members each.
 */
import { seedDemo } from '../../main/demo/seed-demo';
import type { Db } from '../../main/db/open';

export function bulkMembers(db: Db, members: number): { households: number; members: number } {
  seedDemo(db, { households: 1, seed: 1 });
  const village = db.prepare("SELECT id FROM admin_units WHERE level = 'village' LIMIT 1").get() as { id: number };
  const households = Math.ceil(members / 4);
  db.transaction(() => {
    db.prepare('INSERT INTO write_guard (change_set_id) VALUES (0)').run();
    const firstId = ((db.prepare('SELECT ifnull(max(id), 0) AS m FROM households').get() as { m: number }).m ?? 0) + 1;
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO households (id, household_no, village_id, household_type, created_at, updated_at)
       SELECT ? + i, 'BULK' || printf('%010d', i), ?, '脱贫户', '2024-01-01 00:00:00', '2024-01-01 00:00:00' FROM n`,
    ).run(households - 1, firstId, village.id);
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO members (household_id, id_no, name, relation, phone, created_at, updated_at)
       SELECT ? + i / 4, '9' || printf('%017d', i), '成员' || i, CASE i % 4 WHEN 0 THEN '户主' WHEN 1 THEN '配偶' ELSE '之子' END,
              '139' || printf('%08d', i), '2024-01-01 00:00:00', '2024-01-01 00:00:00' FROM n`,
    ).run(members - 1, firstId);
    db.prepare('DELETE FROM write_guard').run();
  })();
  return { households, members };
}
