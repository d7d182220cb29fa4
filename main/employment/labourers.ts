/**
 * Who is a 脱贫劳动力 (domain.md §1), as SQL over `members m JOIN households h`: a member 在户 of a
 * 脱贫户 (or 脱贫不享受政策户) or of a monitoring-object household, of working age by the policy
 * table, with a labour skill (技能/普通/弱劳动力或半劳动力) and not in school. Derived, never stored:
 * it is always current, and a member who stops qualifying keeps their employment records.
 *
 * The age window comes from the policy of the current year (else the latest year before it, else
 * the county document's 2023 values). Age is computed on today's local date like members.ts does.
 *
 * isLabourer is the same test in JS over field values (for the demo seeders, which know the values
 * they are writing and must not read them back); a test holds it equal to labourerCondition.
 */
import { localIsoDate } from '../../shared/domain/periods';
import { POLICY_2023, type Policy } from '../../shared/domain/policy';
import type { FieldValue } from '../../shared/domain/records';
import { listPolicies } from '../db/policy';
import type { Db } from '../db/open';

export const LABOUR_SKILLS_WORKING = ['技能劳动力', '普通劳动力', '弱劳动力或半劳动力'] as const;

export const MEMBER_AGE =
  "(CAST(strftime('%Y', 'now', 'localtime') AS INTEGER) - CAST(substr(m.id_no, 7, 4) AS INTEGER)" +
  " - (strftime('%m%d', 'now', 'localtime') < substr(m.id_no, 11, 4)))";

/** The policy whose age window applies today. */
export function currentPolicy(db: Db, today: string = new Date().toISOString().slice(0, 10)): Policy {
  const year = Number(today.slice(0, 4));
  const policies = listPolicies(db).filter((p) => p.year <= year).sort((a, b) => b.year - a.year);
  return policies[0] ?? POLICY_2023;
}

/**
 * SQL condition "m is a labourer today". The age bounds are integers from the validated policy
 * table, written into the SQL as numbers (no text from outside reaches it).
 */
export function labourerCondition(policy: Pick<Policy, 'labourAgeMin' | 'labourAgeMax'>): string {
  const min = Math.trunc(Number(policy.labourAgeMin));
  const max = Math.trunc(Number(policy.labourAgeMax));
  const skills = LABOUR_SKILLS_WORKING.map((s) => `'${s}'`).join(', ');
  return `(m.status = '在户' AND h.status = '在册'
    AND (h.household_type IN ('脱贫户', '脱贫不享受政策户') OR ifnull(h.monitor_category, '') <> '')
    AND m.labour_skill IN (${skills}) AND ifnull(m.schooling, '') = ''
    AND ${MEMBER_AGE} BETWEEN ${min} AND ${max})`;
}

type Value = FieldValue | undefined;
const WORKING: ReadonlySet<Value> = new Set(LABOUR_SKILLS_WORKING);
const LIFTED_OUT: ReadonlySet<Value> = new Set(['脱贫户', '脱贫不享受政策户']);

/** MEMBER_AGE in JS: whole years between the birth date in the 证件号码 and `today` (YYYY-MM-DD). */
export function ageOn(idNo: string, today: string): number {
  const birthday = idNo.slice(10, 14);
  const monthDay = today.slice(5, 7) + today.slice(8, 10);
  return Number(today.slice(0, 4)) - Number(idNo.slice(6, 10)) - (monthDay < birthday ? 1 : 0);
}

/** labourerCondition over a member's and its household's field values (keys as in the field specs). */
export function isLabourer(
  member: { status?: Value; labourSkill?: Value; schooling?: Value; idNo?: Value },
  household: { status?: Value; householdType?: Value; monitorCategory?: Value },
  policy: Pick<Policy, 'labourAgeMin' | 'labourAgeMax'>,
  today: string = localIsoDate(),
): boolean {
  if (member.status !== '在户' || household.status !== '在册') return false;
  if (!LIFTED_OUT.has(household.householdType) && (household.monitorCategory ?? '') === '') return false;
  if (!WORKING.has(member.labourSkill) || (member.schooling ?? '') !== '') return false;
  if (typeof member.idNo !== 'string') return false;
  const age = ageOn(member.idNo, today);
  return age >= Math.trunc(Number(policy.labourAgeMin)) && age <= Math.trunc(Number(policy.labourAgeMax));
}

/** Province of a county division code (first two digits), for the 务工区域 rule. */
const PROVINCES: Record<string, string> = {
  '11': '北京', '12': '天津', '13': '河北', '14': '山西', '15': '内蒙古', '21': '辽宁', '22': '吉林', '23': '黑龙江',
  '31': '上海', '32': '江苏', '33': '浙江', '34': '安徽', '35': '福建', '36': '江西', '37': '山东', '41': '河南',
  '42': '湖北', '43': '湖南', '44': '广东', '45': '广西', '46': '海南', '50': '重庆', '51': '四川', '52': '贵州',
  '53': '云南', '54': '西藏', '61': '陕西', '62': '甘肃', '63': '青海', '64': '宁夏', '65': '新疆',
};

/** Known counties without a code in the ledger (the county document's own county). */
const KNOWN_COUNTIES: Record<string, string> = { 翁源县: '广东', 翁源: '广东' };

/** The home county (and its province) of a member's village; null when the ledger cannot say. */
export function homeAreaOf(db: Db, memberId: number): { province: string; county: string } | null {
  const row = db
    .prepare(
      `SELECT c.name AS county, c.code AS code FROM members m JOIN households h ON h.id = m.household_id
       JOIN admin_units v ON v.id = h.village_id JOIN admin_units t ON t.id = v.parent_id JOIN admin_units c ON c.id = t.parent_id
       WHERE m.id = ?`,
    )
    .get(memberId) as { county: string; code: string | null } | undefined;
  if (!row) return null;
  const province = (row.code ? PROVINCES[row.code.slice(0, 2)] : undefined) ?? KNOWN_COUNTIES[row.county];
  return province ? { province, county: row.county } : null;
}
