/**
 * Writes a generated demo town into a ledger through the mutation path, as one change set
 * (source 'seed'), in one transaction. Refuses a ledger that already holds households, so a
 * demo can never be mixed into real data. The first run wizard writes it as an 'edit' instead, so
 * the clerk can take the whole demo back with 撤销 before starting the real ledger.
 */
import { ApiError } from '../../shared/api/errors';
import { mutate } from '../db/mutate';
import type { Db } from '../db/open';
import { ensureUnitPath } from '../db/units';
import { seedDemoEmployment } from './demo-employment';
import { demoTown, generateDemoHouseholds, type DemoOptions } from './generate-demo';

export interface SeedResult {
  households: number;
  members: number;
}

export function seedDemo(db: Db, options: DemoOptions & { employment?: boolean }, actor = 'seed-demo', source: 'seed' | 'edit' = 'seed'): SeedResult {
  const existing = (db.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n;
  if (existing > 0) {
    throw new ApiError('demo.ledger-not-empty', `台账中已有 ${existing} 户，不能再写入演示数据（演示数据只写入空台账）`, { existing });
  }
  const town = demoTown(options);
  const label = `写入演示数据：${town.county}${town.town} ${options.households} 户`;
  return mutate(db, { actor, source, label }, (m) => {
    const unitIds = new Map<string, { villageId: number; groupId: number | null }>();
    let households = 0;
    let members = 0;
    for (const h of generateDemoHouseholds(options)) {
      const key = `${h.village}\u0000${h.group}`;
      let ids = unitIds.get(key);
      if (!ids) {
        ids = ensureUnitPath(db, m, { county: town.county, countyCode: town.countyCode, town: town.town, village: h.village, group: h.group });
        unitIds.set(key, ids);
      }
      const householdId = m.insert('households', { ...h.values, householdNo: h.householdNo, status: '在册', ...ids });
      households++;
      for (const member of h.members) {
        m.insert('members', { ...member.values, householdId });
        members++;
      }
      for (const measure of h.measures) m.insert('measures', { ...measure, householdId });
    }
    if (options.employment !== false) seedDemoEmployment(db, m, options.seed ?? 1);
    return { households, members };
  });
}
