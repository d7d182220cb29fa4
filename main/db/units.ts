/**
 * Administrative units (县 → 镇 → 村 → 组). `ensureUnitPath` finds or creates a path of units
 * inside a mutation, so imports and the demo generator can name places by their names.
 */
import type { AdminLevel } from '../../shared/domain/code-lists';
import type { Statement } from './driver';
import type { Mutation } from './mutate';
import type { Db } from './open';

export interface UnitPath {
  county: string;
  countyCode?: string;
  town: string;
  village: string;
  group?: string | null;
}

// An import looks up its units once per household: prepare the lookup once per connection.
const FIND_UNIT = new WeakMap<Db, Statement>();

function findUnit(db: Db, level: AdminLevel, name: string, parentId: number | null): number | undefined {
  let stmt = FIND_UNIT.get(db);
  if (!stmt) {
    stmt = db.prepare('SELECT id FROM admin_units WHERE level = ? AND name = ? AND ifnull(parent_id, 0) = ?');
    FIND_UNIT.set(db, stmt);
  }
  const row = stmt.get(level, name, parentId ?? 0) as { id: number } | undefined;
  return row?.id;
}

export function ensureUnit(db: Db, m: Mutation, level: AdminLevel, name: string, parentId: number | null, code?: string): number {
  return findUnit(db, level, name, parentId) ?? m.insert('admin_units', { level, name, parentId, code: code ?? null });
}

/** Ids of the village and (optional) group, creating the missing units. */
export function ensureUnitPath(db: Db, m: Mutation, path: UnitPath): { villageId: number; groupId: number | null } {
  const countyId = ensureUnit(db, m, 'county', path.county, null, path.countyCode);
  const townId = ensureUnit(db, m, 'town', path.town, countyId);
  const villageId = ensureUnit(db, m, 'village', path.village, townId);
  const groupId = path.group ? ensureUnit(db, m, 'group', path.group, villageId) : null;
  return { villageId, groupId };
}

export interface VillageInfo {
  id: number;
  name: string;
  town: string;
  county: string;
  groups: { id: number; name: string }[];
}

export function listVillages(db: Db): VillageInfo[] {
  const villages = db
    .prepare(
      `SELECT v.id, v.name, t.name AS town, c.name AS county FROM admin_units v
       JOIN admin_units t ON t.id = v.parent_id JOIN admin_units c ON c.id = t.parent_id
       WHERE v.level = 'village' ORDER BY t.name, v.name`,
    )
    .all() as Omit<VillageInfo, 'groups'>[];
  const groups = db.prepare("SELECT id, name, parent_id AS parentId FROM admin_units WHERE level = 'group' ORDER BY id").all() as {
    id: number;
    name: string;
    parentId: number;
  }[];
  return villages.map((v) => ({ ...v, groups: groups.filter((g) => g.parentId === v.id).map(({ id, name }) => ({ id, name })) }));
}

export function unitCounts(db: Db): Record<AdminLevel, number> {
  const rows = db.prepare('SELECT level, count(*) AS n FROM admin_units GROUP BY level').all() as { level: AdminLevel; n: number }[];
  const counts: Record<AdminLevel, number> = { county: 0, town: 0, village: 0, group: 0 };
  for (const r of rows) counts[r.level] = r.n;
  return counts;
}
