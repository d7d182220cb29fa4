/**
 * Demo ledger generator: a realistic Wengyuan (翁源县, 440229) town ledger for `seed-demo` and the
 * benchmarks. Pure and deterministic: it imports only shared/ and reads no clock, file or
 * Math.random, so the same options always yield the same ledger, byte for byte.
 *
 * Flow: the options are checked; the town (8–20 villages, each with its 村民小组, clan surnames
 * and 帮扶责任人 cadres) is drawn from the seed; then households are yielded one at a time. Each
 * household re-seeds one shared generator from (seed, index), so a household depends only on its
 * index and on the ID counters of the households before it: a run of N households is a prefix of a
 * run of N + k. Memory stays flat however many households are drawn (the ID counters are one
 * fixed-size typed array).
 *
 * Invariants: every value is already canonical for parseFieldValue; 户编号 = 440229 + town code +
 * serial is unique by construction; 证件号码 are unique by construction (demo-ids.ts); a member who
 * left the household (死亡/迁出/婚出) never takes the last working labourer with them, so
 * 整户无劳动能力 reads the same whether it is judged over 在户 members or over all members.
 */
import { RISK_TYPES, WENGYUAN, type HOUSEHOLD_TYPES } from '../../shared/domain/code-lists';
import { parseDate } from '../../shared/domain/periods';
import type { FieldValue } from '../../shared/domain/records';
import { composeFamily } from './demo-family';
import { IdAllocator, MARRIED_IN_AREA_COUNT } from './demo-ids';
import { buildMemberValues, isWorkingSkill, mobile, type MemberValues } from './demo-member';
import { groupNames, personName, SURNAMES, villageNames } from './demo-names';
import { hash32, Rng, WeightedTable } from './demo-random';

export interface DemoOptions {
  households: number;
  /** default 1 */
  seed?: number;
  /** default '龙仙镇'; one of WENGYUAN.towns */
  town?: string;
  /** ISO date used for ages, default '2023-07-01' */
  asOf?: string;
}
export interface DemoMember {
  values: Record<string, FieldValue>;
}
export interface DemoHousehold {
  householdNo: string;
  village: string;
  group: string;
  values: Record<string, FieldValue>;
  members: DemoMember[];
  /** 帮扶措施 of a monitoring object (from the 识别 month; 健康帮扶 for a 因病 risk). */
  measures: { year: number; measure: string; startMonth: string }[];
}
export interface DemoTown {
  county: string;
  countyCode: string;
  town: string;
  villages: { name: string; groups: string[] }[];
}

export interface VillagePlan {
  name: string;
  groups: string[];
  /** The two clans most heads of the village belong to. */
  clans: string[];
  helpers: { name: string; phone: string }[];
}

export interface Setup {
  households: number;
  seedMix: number;
  town: string;
  /** Three digits in 户编号 after the county code. */
  townCode: string;
  asOf: string;
  asOfMonth: number;
}

const MAX_HOUSEHOLDS = 999_999_999;

export function resolveOptions(options: DemoOptions): Setup {
  const { households, seed = 1, town = '龙仙镇', asOf = '2023-07-01' } = options;
  if (!Number.isSafeInteger(households) || households < 0 || households > MAX_HOUSEHOLDS) {
    throw new RangeError(`演示户数应为 0–${MAX_HOUSEHOLDS} 之间的整数，现为 ${households}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`随机种子应为整数，现为 ${seed}`);
  const townIndex = (WENGYUAN.towns as readonly string[]).indexOf(town);
  if (townIndex < 0) throw new RangeError(`“${town}”不是翁源县的镇（可选：${WENGYUAN.towns.join('、')}）`);
  if (parseDate(asOf) !== asOf || asOf < '2021-01-01') {
    throw new RangeError(`统计日期应为 2021 年以后的 YYYY-MM-DD 日期，现为“${asOf}”`);
  }
  return {
    households,
    seedMix: hash32(seed >>> 0, Math.floor(seed / 2 ** 32) >>> 0, 0x5eed),
    town,
    townCode: String(101 + townIndex),
    asOf,
    asOfMonth: Number(asOf.slice(0, 4)) * 12 + Number(asOf.slice(5, 7)) - 1,
  };
}

function planTown(setup: Setup): VillagePlan[] {
  const rng = new Rng(hash32(setup.seedMix, Number(setup.townCode), 0x70a1));
  const names = villageNames(rng, setup.town, rng.int(8, 20));
  return names.map((name) => ({
    name,
    groups: groupNames(rng),
    clans: [SURNAMES.pick(rng), SURNAMES.pick(rng)],
    helpers: Array.from({ length: rng.int(3, 8) }, () => ({
      name: personName(rng, SURNAMES.pick(rng), rng.chance(0.6), rng.int(1965, 1998)),
      phone: mobile(rng),
    })),
  }));
}

export function demoTown(options: DemoOptions): DemoTown {
  const setup = resolveOptions(options);
  return {
    county: WENGYUAN.county,
    countyCode: WENGYUAN.divisionCode,
    town: setup.town,
    villages: planTown(setup).map((v) => ({ name: v.name, groups: [...v.groups] })),
  };
}

/** Mode at 3–4 people, as in the county's 脱贫户 rosters. */
const HOUSEHOLD_SIZES = new WeightedTable<number>([[1, 9], [2, 16], [3, 22], [4, 23], [5, 15], [6, 9], [7, 4], [8, 2]]);
const TYPE_TABLE = new WeightedTable<(typeof HOUSEHOLD_TYPES)[number]>([['脱贫户', 68], ['脱贫不享受政策户', 25], ['一般农户', 7]]);
const EXIT_YEARS = new WeightedTable<number>([[2016, 30], [2017, 25], [2018, 20], [2019, 15], [2020, 10]]);
const RISK_BASE_WEIGHTS = [30, 15, 10, 5, 8, 5, 12, 10, 2, 1, 2] as const;

function period(monthIndex: number): string {
  const month = (monthIndex % 12) + 1;
  return `${Math.floor(monthIndex / 12)}-${month < 10 ? '0' : ''}${month}`;
}

function monitorCategory(rng: Rng, householdType: string): string | null {
  if (householdType === '一般农户') {
    if (!rng.chance(0.85)) return null;
    return rng.chance(0.6) ? '边缘易致贫户' : '突发严重困难户';
  }
  if (!rng.chance(0.03)) return null;
  return rng.chance(0.8) ? '脱贫不稳定户' : '突发严重困难户';
}

/** A member who left must not take the last working labourer with them (see the header). */
function settleLeavers(members: MemberValues[]): boolean {
  let workersHome = 0;
  for (const m of members) if (m.status === '在户' && isWorkingSkill(m.labourSkill)) workersHome++;
  if (workersHome > 0) return false;
  for (const m of members) if (isWorkingSkill(m.labourSkill)) m.status = '在户';
  return !members.some((m) => isWorkingSkill(m.labourSkill));
}

/** 1–3 distinct risk types, weighted towards what the members show, in code-list order. */
function drawRisks(rng: Rng, members: MemberValues[], noLabour: boolean): string[] {
  const weights = RISK_BASE_WEIGHTS.slice() as number[];
  for (const m of members) {
    const health = m.health as string[];
    if (health.includes('长期慢性病') || health.includes('患有大病')) weights[0] = 90;
    if (health.includes('残疾')) weights[1] = 45;
    if (m.schooling !== null && m.schooling !== '学龄前儿童') weights[2] = 20;
  }
  if (noLabour) weights[7] = 40;
  const count = rng.chance(0.55) ? 1 : rng.chance(0.73) ? 2 : 3;
  const chosen: number[] = [];
  for (let k = 0; k < count; k++) {
    let total = 0;
    for (const w of weights) total += w;
    let x = rng.next() * total;
    let i = 0;
    while (i < weights.length - 1 && x >= (weights[i] as number)) x -= weights[i++] as number;
    chosen.push(i);
    weights[i] = 0;
  }
  return chosen.sort((a, b) => a - b).map((i) => RISK_TYPES[i] as string);
}

export function buildHousehold(rng: Rng, index: number, setup: Setup, villages: WeightedTable<VillagePlan>, ids: IdAllocator): DemoHousehold {
  const village = villages.pick(rng);
  const group = rng.pick(village.groups);
  const headSurname = rng.chance(0.55) ? rng.pick(village.clans) : SURNAMES.pick(rng);
  const plans = composeFamily(rng, HOUSEHOLD_SIZES.pick(rng), headSurname);

  const values: MemberValues[] = [];
  for (const plan of plans) {
    const area = plan.marriedIn && rng.chance(0.2) ? rng.int(1, MARRIED_IN_AREA_COUNT) : 0;
    const idNo = ids.allocate(rng, plan.age, plan.male, area);
    const name = personName(rng, plan.surname, plan.male, Number(idNo.slice(6, 10)));
    values.push(buildMemberValues(rng, plan, name, idNo));
  }
  const noLabour = settleLeavers(values);
  const home = values.filter((m) => m.status === '在户');

  const householdType = TYPE_TABLE.pick(rng);
  const category = monitorCategory(rng, householdType);
  const head = values[0] as MemberValues;
  // 特困供养 is for people living alone who cannot work; 低保 covers the whole household.
  if (home.length === 1 && noLabour && rng.chance(0.5)) {
    head.tekun = '是';
  } else if (householdType !== '脱贫不享受政策户' && rng.chance((noLabour ? 0.35 : 0.04) + (category === null ? 0 : 0.15))) {
    for (const m of home) m.dibao = '是';
  }

  let monitorStart: string | null = null;
  let risks: string[] | null = null;
  let riskEliminated: string | null = null;
  let eliminationMode: string | null = null;
  let riskEnd: string | null = null;
  if (category !== null) {
    const start = setup.asOfMonth - rng.int(1, 42);
    monitorStart = period(start);
    risks = drawRisks(rng, home, noLabour);
    riskEliminated = '否';
    if (setup.asOfMonth - start >= 3 && rng.chance(0.6)) {
      riskEliminated = '是';
      eliminationMode = rng.chance(0.75) ? '帮扶消除' : '自然消除';
      riskEnd = period(rng.int(start + 2, setup.asOfMonth));
    }
  }
  const openRisk = (risk: string): boolean => riskEliminated === '否' && risks !== null && risks.includes(risk);
  const helper = rng.pick(village.helpers);

  return {
    householdNo: `${WENGYUAN.divisionCode}${setup.townCode}${String(index + 1).padStart(9, '0')}`,
    village: village.name,
    group,
    values: {
      householdType,
      monitorCategory: category,
      exitYear: householdType === '一般农户' ? null : EXIT_YEARS.pick(rng),
      phone: head.phone ?? home.find((m) => m.phone !== null)?.phone ?? (rng.chance(0.85) ? mobile(rng) : null),
      monitorStart,
      risks,
      riskEliminated,
      eliminationMode,
      riskEnd,
      noLabourHousehold: noLabour ? '是' : '否',
      guaranteeFood: '是',
      guaranteeEducation: '是',
      guaranteeMedical: home.every((m) => m.medicalResident === '是' || m.medicalStaff === '是') ? '是' : '否',
      guaranteeHousing: openRisk('住房安全问题') ? '否' : '是',
      guaranteeWater: openRisk('饮水安全问题') ? '否' : '是',
      helperName: helper.name,
      helperPhone: helper.phone,
    },
    members: values.map((v) => ({ values: v })),
    measures:
      monitorStart === null || risks === null
        ? []
        : [{ year: Number(monitorStart.slice(0, 4)), measure: risks.includes('因病') ? '健康帮扶' : '产业帮扶', startMonth: monitorStart }],
  };
}

/** The villages of a town, weighted by size: the seat village is the largest; the others vary two-fold. */
export function villageTable(setup: Setup): WeightedTable<VillagePlan> {
  const plans = planTown(setup);
  const townRng = new Rng(hash32(setup.seedMix, 0x5171));
  return new WeightedTable(plans.map((v, i) => [v, i === 0 ? 1.8 : 0.5 + townRng.next()] as const));
}

export function* generateDemoHouseholds(options: DemoOptions): Generator<DemoHousehold> {
  const setup = resolveOptions(options);
  const villages = villageTable(setup);
  const ids = new IdAllocator(setup.seedMix, setup.asOf);
  const rng = new Rng(0);
  for (let index = 0; index < setup.households; index++) {
    rng.reseed(hash32(setup.seedMix, index, 0x40d5));
    yield buildHousehold(rng, index, setup, villages, ids);
  }
}
