/**
 * Writing a member-import plan: per household, find or create its places, insert or update the
 * household, then its members — all inside the batch's mutation.
 */
import { ApiError } from '../../shared/api/errors';
import type { FieldValue } from '../../shared/domain/records';
import type { Mutation } from '../db/mutate';
import type { Db } from '../db/open';
import { ensureUnit, ensureUnitPath } from '../db/units';
import type { HouseholdPlan } from './plan-members';

export function ledgerPlace(db: Db): { county: string | null; town: string | null } {
  const one = (level: string) => {
    const rows = db.prepare('SELECT name FROM admin_units WHERE level = ? LIMIT 2').all(level) as { name: string }[];
    return rows.length === 1 ? (rows[0]?.name ?? null) : null;
  };
  return { county: one('county'), town: one('town') };
}

/** Unit ids by place path, for one batch: every household of a village needs the same lookups. */
export type PlaceIds = Map<string, { villageId: number; groupId: number | null }>;

export function applyHousehold(db: Db, m: Mutation, plan: HouseholdPlan, fallback: { county: string | null; town: string | null }, places: PlaceIds = new Map()): number[] {
  const { location } = plan;
  let villageIds: number[] = [];
  let householdId = plan.existingId;
  const values: Record<string, FieldValue | number | null> = { ...plan.values };
  if (location.village) {
    const county = location.county ?? fallback.county;
    const town = location.town ?? fallback.town;
    if (!county || !town) {
      throw new ApiError('import.unknown-town', `文件没有“县”“镇”列，台账中也还没有所属镇：请先在文件中加上县、镇两列`, { householdNo: plan.householdNo });
    }
    const key = [county, town, location.village, location.group ?? ''].join('\u0000');
    let ids = places.get(key);
    if (!ids) {
      ids = ensureUnitPath(db, m, { county, town, village: location.village, group: location.group });
      places.set(key, ids);
    }
    Object.assign(values, ids.groupId === null ? { villageId: ids.villageId } : ids);
    villageIds = [ids.villageId];
  } else if (location.group && householdId !== null) {
    const villageId = (db.prepare('SELECT village_id AS v FROM households WHERE id = ?').get(householdId) as { v: number }).v;
    values.groupId = ensureUnit(db, m, 'group', location.group, villageId);
  }
  if (householdId === null) {
    householdId = m.insert('households', { ...(values as Record<string, FieldValue>), householdNo: plan.householdNo, status: '在册' });
  } else {
    m.update('households', householdId, values as Record<string, FieldValue>);
    if (villageIds.length === 0) villageIds = [(db.prepare('SELECT village_id AS v FROM households WHERE id = ?').get(householdId) as { v: number }).v];
  }
  for (const member of plan.members) {
    if (member.existingId === null) {
      m.insert('members', { status: '在户', ...member.row.member, householdId });
    } else if (member.outcome === 'updated') {
      m.update('members', member.existingId, { ...member.row.member, householdId });
    }
  }
  return villageIds;
}

