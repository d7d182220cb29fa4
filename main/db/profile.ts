/**
 * The ledger profile (migration 0009, one row): read by every sheet footer through
 * `readProfile(db)`, written through the mutation path so a change is in history and undoable.
 *
 * Saving the profile of a ledger that has no town yet also creates its 县 and 镇 units (the first
 * run wizard "creates the ledger for a county and town"); a ledger that already holds towns keeps
 * its units — the profile then only changes what the sheets print.
 */
import { EMPTY_PROFILE, type LedgerProfile } from '../../shared/domain/profile';
import { mutate } from './mutate';
import type { Db } from './open';
import { ensureUnit } from './units';

interface ProfileRow {
  county: string | null;
  town: string | null;
  reportingUnit: string | null;
  filledBy: string | null;
  reviewedBy: string | null;
  phone: string | null;
}

function storedProfile(db: Db): ProfileRow | undefined {
  return db
    .prepare(
      `SELECT county, town, reporting_unit AS reportingUnit, filled_by AS filledBy, reviewed_by AS reviewedBy, phone
       FROM ledger_profile WHERE id = 1`,
    )
    .get() as ProfileRow | undefined;
}

function singleUnit(db: Db, level: 'county' | 'town'): string | null {
  const rows = db.prepare('SELECT name FROM admin_units WHERE level = ? LIMIT 2').all(level) as { name: string }[];
  return rows.length === 1 ? (rows[0]?.name ?? null) : null;
}

/** Whether a profile was ever saved (the first run wizard opens on an empty ledger without one). */
export function hasProfile(db: Db): boolean {
  return storedProfile(db) !== undefined;
}

/**
 * The profile the sheets print. County and town fall back to the ledger's only 县/镇 when the
 * profile leaves them blank (a ledger seeded or imported before the profile existed).
 */
export function readProfile(db: Db): LedgerProfile {
  const row = storedProfile(db) ?? EMPTY_PROFILE;
  return { ...row, county: row.county ?? singleUnit(db, 'county'), town: row.town ?? singleUnit(db, 'town') };
}

export function saveProfile(db: Db, actor: string, profile: LedgerProfile): LedgerProfile {
  mutate(db, { actor, source: 'edit', label: '修改台账信息（填报单位、填表人等）' }, (m) => {
    const values = { ...profile };
    if (storedProfile(db) === undefined) m.insert('ledger_profile', values);
    else m.update('ledger_profile', 1, values);
    const towns = (db.prepare("SELECT count(*) AS n FROM admin_units WHERE level = 'town'").get() as { n: number }).n;
    if (towns === 0 && profile.county !== null && profile.town !== null) {
      ensureUnit(db, m, 'town', profile.town, ensureUnit(db, m, 'county', profile.county, null));
    }
  });
  return readProfile(db);
}
