/**
 * Writes a county- or province-size demo ledger (generate-scale.ts) through the mutation path:
 * prepared statements (cached by Mutation), one transaction and one change set (source 'seed'),
 * so the seed is atomic and can be undone like any other. Every household gets its members, its
 * income records (demo-income.ts) and whatever the extra generators add. Memory stays bounded:
 * households are streamed, never collected.
 *
 * Bulk path: the ledger is empty (refused otherwise), so the secondary indexes of the tables it
 * fills are dropped inside the transaction and re-created from their own stored SQL before the
 * commit (db/deferred-indexes.ts) — one sort per index instead of a million random B-tree
 * inserts. A crash rolls back the whole transaction, indexes included.
 *
 * EXTRA_GENERATORS is the hook for data other areas own (employment months, 返乡 cases and service
 * events: demo-employment.ts): a generator's begin() is called once before the first household
 * (to read what it needs, e.g. the policy), then household() once per household inside the
 * transaction with the new record ids and its own seeded generator; it writes through the same
 * Mutation and must not read back per household (the indexes are gone until the end).
 */
import { ApiError } from '../../shared/api/errors';
import { withDeferredIndexes } from '../db/deferred-indexes';
import { mutate, type Mutation } from '../db/mutate';
import type { Db } from '../db/open';
import { ensureUnitPath } from '../db/units';
import { WENGYUAN } from '../../shared/domain/code-lists';
import { employmentGenerator } from './demo-employment';
import { demoIncomeRecords } from './demo-income';
import { hash32, Rng } from './demo-random';
import { generateScaleHouseholds, type ScaleHousehold, type ScaleOptions } from './generate-scale';

export interface ExtraContext {
  household: ScaleHousehold;
  householdId: number;
  /** Ids of household.members, in the same order. */
  memberIds: number[];
  /** Seeded from (seed, household index, generator position): deterministic, independent of the others. */
  rng: Rng;
  m: Mutation;
}

export interface ExtraGenerator {
  /** English, for progress lines: 'employment-months'. */
  name: string;
  /** Once per seed, before the first household, inside the transaction. */
  begin?(db: Db): void;
  household(context: ExtraContext): void;
}

/** Registered by other areas (one line each). */
export const EXTRA_GENERATORS: ExtraGenerator[] = [employmentGenerator()];

/** Tables whose secondary indexes are dropped for the bulk write and re-created before the commit. */

export interface ScaleSeedOptions extends ScaleOptions {
  extraGenerators?: readonly ExtraGenerator[];
  /** Progress every this many people; default 100 000. */
  progressEvery?: number;
  onProgress?: (done: { households: number; members: number }) => void;
}

export interface ScaleSeedResult {
  households: number;
  members: number;
  incomeRecords: number;
  changeSets: number;
}

/** The tables the seed fills: their secondary indexes are rebuilt once at the end. */
const BULK_TABLES = ['households', 'members', 'income_records', 'history', 'employment_records', 'service_events', 'returnee_cases'];

export function seedScale(db: Db, options: ScaleSeedOptions, actor = 'seed-demo'): ScaleSeedResult {
  const existing = (db.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n;
  if (existing > 0) {
    throw new ApiError('demo.ledger-not-empty', `台账中已有 ${existing} 户，不能再写入演示数据（演示数据只写入空台账）`, { existing });
  }
  const extras = options.extraGenerators ?? EXTRA_GENERATORS;
  const every = options.progressEvery ?? 100_000;
  const seedMix = hash32(options.seed ?? 1, 0x3c7a);
  const extraRng = new Rng(0);
  const incomeRng = new Rng(0);
  const unitIds = new Map<string, { villageId: number; groupId: number | null }>();
  const result: ScaleSeedResult = { households: 0, members: 0, incomeRecords: 0, changeSets: 1 };
  const label = `写入演示数据：${WENGYUAN.county} ${options.persons} 人`;
  mutate(db, { actor, source: 'seed', label }, (m) =>
    withDeferredIndexes(db, BULK_TABLES, () => {
      for (const extra of extras) extra.begin?.(db);
      let reported = 0;
      for (const h of generateScaleHouseholds(options)) {
        const key = `${h.town}\u0000${h.village}\u0000${h.group}`;
        let ids = unitIds.get(key);
        if (!ids) {
          ids = ensureUnitPath(db, m, { county: WENGYUAN.county, countyCode: WENGYUAN.divisionCode, town: h.town, village: h.village, group: h.group });
          unitIds.set(key, ids);
        }
        const householdId = m.insert('households', { ...h.values, householdNo: h.householdNo, status: '在册', ...ids });
        const memberIds = h.members.map((member) => m.insert('members', { ...member.values, householdId }));
        incomeRng.reseed(hash32(seedMix, h.index, 0x1c0e));
        for (const income of demoIncomeRecords(incomeRng, h)) {
          m.insert('income_records', { ...income, householdId });
          result.incomeRecords++;
        }
        extras.forEach((extra, position) => {
          extraRng.reseed(hash32(seedMix, h.index, 0xe0 + position));
          extra.household({ household: h, householdId, memberIds, rng: extraRng, m });
        });
        result.households++;
        result.members += memberIds.length;
        if (result.members - reported >= every) {
          reported = result.members;
          options.onProgress?.({ households: result.households, members: result.members });
        }
      }
    }),
  );
  return result;
}
