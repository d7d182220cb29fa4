import { schemaVersion } from '../../db/open';
import { listVillages, unitCounts } from '../../db/units';
import type { HandlerContext } from '../context';
import type { HandlerMap } from '../dispatch';

function single(db: HandlerContext['db'], level: 'county' | 'town'): string | null {
  const rows = db.prepare('SELECT name FROM admin_units WHERE level = ? LIMIT 2').all(level) as { name: string }[];
  return rows.length === 1 ? (rows[0]?.name ?? null) : null;
}

export const ledgerHandlers: Pick<HandlerMap, 'ledger.info' | 'units.villages'> = {
  'ledger.info': (_input, { db, ledgerPath }) => {
    const units = unitCounts(db);
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      path: ledgerPath,
      schemaVersion: schemaVersion(db),
      county: single(db, 'county'),
      town: single(db, 'town'),
      counts: {
        counties: units.county,
        towns: units.town,
        villages: units.village,
        households: count("SELECT count(*) AS n FROM households WHERE status = '在册'"),
        members: count("SELECT count(*) AS n FROM members WHERE status = '在户'"),
      },
    };
  },
  'units.villages': (_input, { db }) => listVillages(db),
};
