import { recordsVersion } from '../../db/ledger-version';
import { schemaVersion } from '../../db/open';
import { listVillages, unitCounts } from '../../db/units';
import type { HandlerContext } from '../context';
import type { HandlerMap } from '../dispatch';

function single(db: HandlerContext['db'], level: 'county' | 'town'): string | null {
  const rows = db.prepare('SELECT name FROM admin_units WHERE level = ? LIMIT 2').all(level) as { name: string }[];
  return rows.length === 1 ? (rows[0]?.name ?? null) : null;
}

/** The 在册/在户 counts read every member at a million members (tens of ms): kept until a record changes. */
const countsCache = new WeakMap<HandlerContext['db'], { key: string; households: number; members: number }>();

function ledgerCounts(db: HandlerContext['db']): { households: number; members: number } {
  const key = recordsVersion(db);
  const hit = countsCache.get(db);
  if (hit?.key === key) return hit;
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const value = { key, households: count("SELECT count(*) AS n FROM households WHERE status = '在册'"), members: count("SELECT count(*) AS n FROM members WHERE status = '在户'") };
  countsCache.set(db, value);
  return value;
}

export const ledgerHandlers: Pick<HandlerMap, 'ledger.info' | 'units.villages'> = {
  'ledger.info': (_input, { db, ledgerPath }) => {
    const units = unitCounts(db);
    const { households, members } = ledgerCounts(db);
    return {
      path: ledgerPath,
      schemaVersion: schemaVersion(db),
      county: single(db, 'county'),
      town: single(db, 'town'),
      counts: {
        counties: units.county,
        towns: units.town,
        villages: units.village,
        households,
        members,
      },
    };
  },
  'units.villages': (_input, { db }) => listVillages(db),
};
