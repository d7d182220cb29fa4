/**
 * County- and province-size demo ledgers (`seed-demo --persons N`, the benchmarks): households are
 * drawn town by town across Wengyuan's towns (round-robin, so every prefix of a run is a realistic
 * county) until N people have been drawn. One ID allocator serves all towns, so 证件号码 stay unique
 * across the whole run; 户编号 carry each town's code. Deterministic and streaming like
 * generate-demo.ts: nothing but fixed-size counters is kept between households.
 */
import { WENGYUAN } from '../../shared/domain/code-lists';
import { IdAllocator } from './demo-ids';
import { hash32, Rng, type WeightedTable } from './demo-random';
import { buildHousehold, resolveOptions, villageTable, type DemoHousehold, type Setup, type VillagePlan } from './generate-demo';

export interface ScaleOptions {
  /** People to draw (the last household may take the total a few past it). */
  persons: number;
  seed?: number;
  asOf?: string;
}

export interface ScaleHousehold extends DemoHousehold {
  town: string;
  /** Position in the whole run (seeds everything drawn for this household). */
  index: number;
}

export const MAX_PERSONS = 2_000_000;

export function* generateScaleHouseholds(options: ScaleOptions): Generator<ScaleHousehold> {
  const { persons, seed = 1, asOf = '2023-07-01' } = options;
  if (!Number.isSafeInteger(persons) || persons < 1 || persons > MAX_PERSONS) {
    throw new RangeError(`演示人数应为 1–${MAX_PERSONS} 之间的整数，现为 ${persons}`);
  }
  const towns: { setup: Setup; villages: WeightedTable<VillagePlan>; next: number }[] = WENGYUAN.towns.map((town) => {
    const setup = resolveOptions({ households: 0, seed, town, asOf });
    return { setup, villages: villageTable(setup), next: 0 };
  });
  const first = towns[0]!.setup;
  const ids = new IdAllocator(first.seedMix, first.asOf);
  const rng = new Rng(0);
  let drawn = 0;
  for (let index = 0; drawn < persons; index++) {
    const town = towns[index % towns.length]!;
    rng.reseed(hash32(first.seedMix, index, 0x5ca1e));
    const household = buildHousehold(rng, town.next++, town.setup, town.villages, ids);
    drawn += household.members.length;
    yield { ...household, town: town.setup.town, index };
  }
}
