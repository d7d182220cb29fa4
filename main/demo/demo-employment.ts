/**
 * Demo employment (issue 5): for every 脱贫劳动力, the returns of 2023-07 … 2023-09 — most working
 * away (省外 or 省内县外), some in the county (帮扶车间, 公益性岗位), some not working with a job or
 * training need — a few returning workers (away in July, home in August; some re-employed in the
 * county by September), and HR service events in the third quarter for those with needs (some
 * meeting 1/1/3, some short). The 返乡回流 rule runs on the months as it would on an import.
 *
 * One routine per labourer (seedLabourerEmployment) serves both seeders: the demo town
 * (seedDemoEmployment: labourers found by the SQL condition, one generator re-seeded per member id)
 * and the county/province scale seeder (employmentGenerator(), in EXTRA_GENERATORS: labourers found by isLabourer over the
 * values being written, drawn from the household's generator). Neither reads anything back per
 * labourer: the returnee rule gets the months just written, and a new member has no cases.
 */
import { localIsoDate } from '../../shared/domain/periods';
import type { Policy } from '../../shared/domain/policy';
import { currentPolicy, isLabourer, labourerCondition } from '../employment/labourers';
import { applyReturneeRule, type MonthRow } from '../employment/returnee-sync';
import type { Mutation } from '../db/mutate';
import type { Db } from '../db/open';
import { hash32, Rng, WeightedTable } from './demo-random';
import type { ExtraGenerator } from './seed-scale';

type Pattern = 'away' | 'county' | 'idle' | 'returned' | 'returned-reemployed';

const PATTERNS = new WeightedTable<Pattern>([
  ['away', 55],
  ['county', 20],
  ['idle', 20],
  ['returned', 3],
  ['returned-reemployed', 2],
]);

const AWAY_PLACES = [
  { region: '省内县外', workProvince: '广东省', workCity: '深圳市', workCounty: '宝安区', employer: '深圳市宝安区某电子厂' },
  { region: '省内县外', workProvince: '广东省', workCity: '东莞市', workCounty: '长安镇', employer: '东莞市某五金制品厂' },
  { region: '省内县外', workProvince: '广东省', workCity: '广州市', workCounty: '白云区', employer: '广州市某物流公司' },
  { region: '省外', workProvince: '浙江省', workCity: '宁波市', workCounty: '鄞州区', employer: '宁波市某服装厂' },
  { region: '省外', workProvince: '福建省', workCity: '厦门市', workCounty: '集美区', employer: '厦门市某建材公司' },
] as const;

const COUNTY_JOBS = [
  { channel: '帮扶车间/乡村振兴车间', employer: '翁源县乡村振兴车间', wage: 220_000 },
  { channel: '公益性岗位', employer: '村保洁公益性岗位', wage: 150_000 },
  { channel: '灵活就业', employer: '县城零工', wage: 250_000 },
  { channel: '农业生产', employer: '自家兰花种植', wage: 200_000 },
] as const;

const TRAININGS = ['电工', '家政服务', '电商直播', '兰花种植', '焊工'];
const MONTHS = ['2023-07', '2023-08', '2023-09'] as const;

function awayMonth(rng: Rng, month: string) {
  const place = rng.pick(AWAY_PLACES);
  return { month, employed: '是', ...place, channel: '外出务工', startMonth: '2023-02', monthsWorked: Number(month.slice(5)) - 2, monthlyWageFen: rng.int(38, 62) * 10_000, transportSubsidyFen: place.region === '省外' ? 50_000 : 20_000 };
}

function countyMonth(rng: Rng, month: string, start: string) {
  const job = rng.pick(COUNTY_JOBS);
  return { month, employed: '是', region: '县内', workProvince: '广东省', workCity: '韶关市', workCounty: '翁源县', employer: job.employer, channel: job.channel, startMonth: start, monthsWorked: Number(month.slice(5)) - Number(start.slice(5)) + 1, monthlyWageFen: job.wage };
}

function idleMonth(rng: Rng, month: string, needs: { jobNeed: string; trainingNeed: string; trainingKind: string | null }) {
  return { month, employed: '否', ...needs, wishedJob: needs.jobNeed === '是' ? rng.pick(['普工', '保安', '司机', '电工']) : null, wishedRegion: rng.pick(['县内', '省内']) };
}

/** One monthly return as drawn (field keys of employment_records). */
type MonthValues = {
  month: string;
  employed: string;
  region?: string;
  workProvince?: string;
  workCity?: string;
  workCounty?: string;
  employer?: string;
  channel?: string;
  jobNeed?: string;
  trainingNeed?: string;
  wishedJob?: string | null;
  wishedRegion?: string;
  startMonth?: string;
  monthsWorked?: number;
  monthlyWageFen?: number;
  transportSubsidyFen?: number;
  trainingKind?: string | null;
};

function reported(values: MonthValues): MonthRow {
  return {
    month: values.month,
    employed: values.employed,
    region: values.region ?? null,
    workProvince: values.workProvince ?? null,
    workCity: values.workCity ?? null,
    workCounty: values.workCounty ?? null,
    employer: values.employer ?? null,
    channel: values.channel ?? null,
    jobNeed: values.jobNeed ?? null,
    trainingNeed: values.trainingNeed ?? null,
    wishedJob: values.wishedJob ?? null,
    wishedRegion: values.wishedRegion ?? null,
  };
}

/** One labourer's Q3: three monthly returns, the 返乡回流 cases they imply, and HR services for needs. */
export function seedLabourerEmployment(m: Mutation, rng: Rng, memberId: number): void {
  const pattern = PATTERNS.pick(rng);
  const needs = { jobNeed: rng.chance(0.7) ? '是' : '否', trainingNeed: rng.chance(0.4) ? '是' : '否', trainingKind: null as string | null };
  if (needs.trainingNeed === '是') needs.trainingKind = rng.pick(TRAININGS);
  const months: MonthValues[] = MONTHS.map((month, i) => {
    if (pattern === 'away' || ((pattern === 'returned' || pattern === 'returned-reemployed') && i === 0)) return awayMonth(rng, month);
    if (pattern === 'county') return countyMonth(rng, month, '2023-03');
    if (pattern === 'returned-reemployed' && i === 2) return countyMonth(rng, month, month);
    return idleMonth(rng, month, needs);
  });
  for (const values of months) m.insert('employment_records', { memberId, ...values });
  if (pattern === 'returned' || pattern === 'returned-reemployed') applyReturneeRule(m, memberId, months.map(reported), []);
  if (months[0]!.employed === '否' && (needs.jobNeed === '是' || needs.trainingNeed === '是')) seedServices(m, rng, memberId);
}

/** Write the demo town's employment months, returnee cases and Q3 service events. */
export function seedDemoEmployment(db: Db, m: Mutation, seed: number): void {
  const labourer = labourerCondition(currentPolicy(db));
  const members = db.prepare(`SELECT m.id FROM members m JOIN households h ON h.id = m.household_id WHERE ${labourer} ORDER BY m.id`).all() as { id: number }[];
  const rng = new Rng(1);
  for (const { id } of members) {
    rng.reseed(hash32(seed, id, 0x5e4d));
    seedLabourerEmployment(m, rng, id);
  }
}

/**
 * The scale seeder's employment (registered in EXTRA_GENERATORS): the household's labourers, by
 * the policy read once at the start and today's date (as labourerCondition would judge them).
 * seedScale writes every household 在册.
 */
export function employmentGenerator(): ExtraGenerator {
  let policy: Pick<Policy, 'labourAgeMin' | 'labourAgeMax'> | null = null;
  let today = '';
  return {
    name: 'employment',
    begin(db) {
      policy = currentPolicy(db);
      today = localIsoDate();
    },
    household({ household, memberIds, rng, m }) {
      const window = policy;
      if (window === null) throw new Error('employment generator used before begin()');
      const values = { status: '在册', householdType: household.values.householdType, monitorCategory: household.values.monitorCategory };
      household.members.forEach((member, i) => {
        if (isLabourer(member.values, values, window, today)) seedLabourerEmployment(m, rng, memberIds[i]!);
      });
    },
  };
}

/** Q3 services: about half meet 1/1/3, a third fall short, the rest got nothing yet. */
function seedServices(m: Mutation, rng: Rng, memberId: number): void {
  const roll = rng.next();
  if (roll > 0.8) return;
  const full = roll < 0.5;
  m.insert('service_events', { memberId, date: `2023-07-${String(rng.int(5, 28)).padStart(2, '0')}`, kind: '就业指导', source: '手工' });
  if (full || rng.chance(0.5)) m.insert('service_events', { memberId, date: `2023-08-${String(rng.int(1, 28)).padStart(2, '0')}`, kind: '就业培训', project: rng.pick(TRAININGS), source: '手工' });
  const recommendations = full ? 3 : rng.int(0, 2);
  for (let i = 0; i < recommendations; i++) {
    m.insert('service_events', { memberId, date: `2023-09-${String(rng.int(1, 28)).padStart(2, '0')}`, kind: '岗位推荐', employer: rng.pick(COUNTY_JOBS).employer, post: rng.pick(['普工', '保洁', '仓管', '司机']), source: '手工' });
  }
}
