/**
 * The stored fields of one demo member, drawn to agree with each other and with the person's age:
 * exactly one of 文化程度 / 在校生状况 (school grade follows age), 劳动技能 follows age, schooling and
 * health, a 残疾 member has a 残疾类别 and a 残疾人证 suffix, and exactly one medical scheme is 是.
 * The demo is clean for the monthly data check (数据筛查): its tests inject the faults they look for.
 * 低保/特困 are household decisions and are set by the caller.
 */
import type { FieldValue } from '../../shared/domain/records';
import type { PersonPlan } from './demo-family';
import { WeightedTable, type Rng } from './demo-random';

export type MemberValues = Record<string, FieldValue>;

const WORKING_SKILLS: ReadonlySet<FieldValue | undefined> = new Set(['技能劳动力', '普通劳动力', '弱劳动力或半劳动力']);

export function isWorkingSkill(skill: FieldValue | undefined): boolean {
  return WORKING_SKILLS.has(skill);
}

const EDUCATION_BY_COHORT = [
  // under 30
  new WeightedTable<string>([['小学', 3], ['初中', 35], ['高中', 20], ['中专', 20], ['大专', 15], ['本科及以上', 7]]),
  // 30–49
  new WeightedTable<string>([['文盲或半文盲', 1], ['小学', 12], ['初中', 55], ['高中', 15], ['中专', 10], ['大专', 5], ['本科及以上', 2]]),
  // 50–69
  new WeightedTable<string>([['文盲或半文盲', 10], ['小学', 40], ['初中', 38], ['高中', 8], ['中专', 4]]),
  // 70 and over
  new WeightedTable<string>([['文盲或半文盲', 40], ['小学', 45], ['初中', 12], ['高中', 3]]),
] as const;

const GRADES = ['一', '二', '三', '四'] as const;

/** [education, schooling]: exactly one is non-null. */
function educationOrSchooling(rng: Rng, age: number): [string | null, string | null] {
  if (age < 3) return [null, '学龄前儿童'];
  if (age <= 5) return [null, '学前教育'];
  if (age <= 11) return [null, '小学'];
  if (age <= 14) return [null, age === 12 ? '七年级' : age === 13 ? '八年级' : '九年级'];
  if (age <= 17) {
    if (rng.chance(0.92)) return [null, `${rng.chance(0.6) ? '普通高中' : '中职'}${GRADES[age - 15] ?? '一'}年级`];
    return ['初中', null];
  }
  if (age <= 22 && rng.chance(age === 18 ? 0.45 : age === 22 ? 0.15 : 0.3)) {
    const year = age - 17;
    if (age === 18 && rng.chance(0.25)) return [null, '普通高中三年级'];
    if (year <= 3 && rng.chance(0.55)) return [null, `高职高专${GRADES[year - 1] ?? '一'}年级`];
    if (year <= 4 && rng.chance(0.15)) return [null, `技师学院${GRADES[year - 1] ?? '一'}年级`];
    return [null, `本科${GRADES[Math.min(year, 4) - 1] ?? '一'}年级`];
  }
  const cohort = age < 30 ? 0 : age < 50 ? 1 : age < 70 ? 2 : 3;
  const education = EDUCATION_BY_COHORT[cohort].pick(rng);
  // Nobody finishes 大专 before 21 or 本科 before 22.
  if ((education === '大专' && age < 21) || (education === '本科及以上' && age < 22)) return [rng.chance(0.5) ? '高中' : '中专', null];
  return [education, null];
}

const ILLNESS = new WeightedTable<readonly string[]>([
  [['长期慢性病'], 55],
  [['患有大病'], 15],
  [['残疾'], 25],
  [['长期慢性病', '残疾'], 5],
]);

/** 残疾类别 with its 残疾人证 category digit (1 视力 … 7 多重); 肢体 is the most common. */
const DISABILITY = new WeightedTable<readonly [string, number]>([
  [['视力', 1], 12], [['听力', 2], 10], [['言语', 3], 3], [['肢体', 4], 40], [['智力', 5], 12], [['精神', 6], 13], [['多重', 7], 10],
]);

function illnessChance(age: number): number {
  return age < 16 ? 0.03 : age < 45 ? 0.08 : age < 60 ? 0.2 : age < 75 ? 0.38 : 0.55;
}

function labourSkill(rng: Rng, age: number, student: boolean, health: readonly string[]): string {
  if (student || age < 16) return '无劳动力';
  const serious = health.includes('患有大病') || health.includes('残疾');
  const chronic = health.includes('长期慢性病');
  if (age < 60) {
    if (serious) return rng.chance(0.5) ? '丧失劳动力' : '弱劳动力或半劳动力';
    if (chronic) return rng.chance(0.5) ? '弱劳动力或半劳动力' : '普通劳动力';
    const x = rng.next();
    return x < 0.18 ? '技能劳动力' : x < 0.93 ? '普通劳动力' : '弱劳动力或半劳动力';
  }
  if (serious) return rng.chance(0.8) ? '丧失劳动力' : '弱劳动力或半劳动力';
  if (chronic) return rng.chance(0.4) ? '丧失劳动力' : '弱劳动力或半劳动力';
  const x = rng.next();
  if (age < 65) return x < 0.3 ? '普通劳动力' : x < 0.85 ? '弱劳动力或半劳动力' : '丧失劳动力';
  if (age < 75) return x < 0.55 ? '弱劳动力或半劳动力' : '丧失劳动力';
  return x < 0.15 ? '弱劳动力或半劳动力' : '丧失劳动力';
}

function political(rng: Rng, age: number, male: boolean): string {
  if (age >= 14 && age <= 28 && rng.chance(0.3)) return '共青团员';
  if (age >= 18) {
    const x = rng.next();
    if (x < (male ? 0.06 : 0.025)) return '中共党员';
    if (x < (male ? 0.063 : 0.027)) return '中共预备党员';
  }
  return '群众';
}

function memberStatus(rng: Rng, plan: PersonPlan): string {
  if (plan.relation === '户主') return '在户';
  const { age, relation } = plan;
  if (age >= 70 && rng.chance(0.03)) return '死亡';
  if (relation === '之女' && age >= 20 && age <= 35 && rng.chance(0.08)) return '婚出';
  if ((relation === '之子' || relation === '之女') && age >= 18 && age <= 40 && rng.chance(0.02)) return '迁出';
  return '在户';
}

/** A mobile number: 1, a carrier digit (3/5/7/8/9), then nine digits. */
const CARRIER_DIGITS = ['3', '5', '7', '8', '9'] as const;
const MINORITIES = ['瑶族', '壮族', '畲族'] as const;

export function mobile(rng: Rng): string {
  const carrier = rng.pick(CARRIER_DIGITS);
  const rest = String(rng.int(0, 999_999_999)).padStart(9, '0');
  return `1${carrier}${rest}`;
}

export function buildMemberValues(rng: Rng, plan: PersonPlan, name: string, idNo: string): MemberValues {
  const { age, male } = plan;
  const [education, schooling] = educationOrSchooling(rng, age);
  const student = schooling !== null;
  const health = rng.chance(illnessChance(age)) ? ILLNESS.pick(rng) : (['健康'] as const);
  const disabled = health.includes('残疾');
  const disability = disabled ? DISABILITY.pick(rng) : null;
  const skill = labourSkill(rng, age, student, health);
  const worksAway = age >= 18 && age < 60 && !student && skill !== '丧失劳动力';

  // Drawn and ignored: keeps every later draw (and so every existing demo ledger) unchanged.
  rng.next();
  const uninsured = false;
  const staffMedical = !uninsured && worksAway && rng.chance(0.04);
  const pensionAge = age >= 16 && !student;
  const staffPension = staffMedical && rng.chance(0.9);
  const phoneChance = age < 18 || age > 75 ? 0 : plan.relation === '户主' ? 0.75 : 0.35;

  return {
    name,
    idNo,
    relation: plan.relation,
    ethnicity: rng.chance(0.995) ? '汉族' : rng.pick(MINORITIES),
    political: political(rng, age, male),
    education,
    schooling,
    health: [...health],
    disabilityType: disability === null ? null : disability[0],
    disabilitySuffix: disability === null ? null : `${disability[1]}${rng.int(1, 4)}`,
    labourSkill: skill,
    phone: rng.chance(phoneChance) ? mobile(rng) : null,
    medicalResident: uninsured || staffMedical ? '否' : '是',
    medicalStaff: staffMedical ? '是' : '否',
    criticalIllness: uninsured || staffMedical ? '否' : '是',
    pensionResident: pensionAge && !staffPension && rng.chance(0.88) ? '是' : '否',
    pensionStaff: staffPension ? '是' : '否',
    dibao: '否',
    tekun: '否',
    status: memberStatus(rng, plan),
  };
}
