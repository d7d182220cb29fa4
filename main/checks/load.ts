/**
 * Household snapshots for the checks, loaded in bulk: households in id ranges of CHUNK, each range
 * read with one SELECT per table (members, income records, measures, employment months, 返乡回流
 * cases with their members' service dates) over the household_id indexes, so a 1,000,000-member
 * ledger is one pass with bounded memory. A list of household ids (an incremental run) is read the
 * same way through json_each. Employment rows belong to a member: they are read through the member's
 * current household. Other departments' lists are ledger-wide and read once per run (departments.ts).
 */
import type { CheckEmployment, CheckHousehold, CheckIncome, CheckMeasure, CheckMember, CheckReturnee, DepartmentLists } from '../../shared/domain/checks';
import type { Db } from '../db/open';
import { DEPARTMENT_COLUMNS } from './departments';

const CHUNK = 2000;

const HOUSEHOLD_COLUMNS = `h.id, h.household_no AS householdNo, v.name AS village, h.household_type AS householdType,
  h.monitor_category AS monitorCategory, h.member_count_stated AS memberCountStated, h.monitor_start AS monitorStart, h.risks,
  h.risk_eliminated AS riskEliminated, h.elimination_mode AS eliminationMode, h.risk_end AS riskEnd,
  h.no_labour_household AS noLabourHousehold, h.guarantee_medical AS guaranteeMedical`;
const MEMBER_COLUMNS = `household_id AS householdId, id, name, id_no AS idNo, relation, status, education, schooling, health,
  disability_type AS disabilityType, labour_skill AS labourSkill, medical_resident AS medicalResident, medical_staff AS medicalStaff, dibao, tekun`;
const INCOME_COLUMNS = `household_id AS householdId, id, period, wage_income AS wageIncome, business_income AS businessIncome,
  property_income AS propertyIncome, transfer_income AS transferIncome, business_cost AS businessCost, claim_income AS claimIncome,
  self_paid_cost AS selfPaidCost, net_income_stated AS netIncomeStated`;
const MEASURE_COLUMNS = 'household_id AS householdId, year, measure, start_month AS startMonth';
const EMPLOYMENT_COLUMNS = `m.household_id AS householdId, e.id, e.member_id AS memberId, e.month, e.employed, e.region AS area,
  e.work_province AS province, e.work_city AS city, e.work_county AS county, e.channel, e.months_worked AS months,
  e.monthly_wage_fen AS monthlyWageFen`;
const EMPLOYMENT_FROM = 'employment_records e JOIN members m ON m.id = e.member_id';
const RETURNEE_COLUMNS = 'm.household_id AS householdId, r.id, r.member_id AS memberId, r.return_date AS returnDate';
const RETURNEE_FROM = 'returnee_cases r JOIN members m ON m.id = r.member_id';
const FOLLOW_UPS = '(SELECT json_group_array(s.event_date) FROM service_events s WHERE s.member_id = r.member_id) AS followUps';
const EMPLOYMENT_SELECT = `SELECT ${EMPLOYMENT_COLUMNS} FROM ${EMPLOYMENT_FROM}`;
const RETURNEE_SELECT = `SELECT ${RETURNEE_COLUMNS}, ${FOLLOW_UPS} FROM ${RETURNEE_FROM}`;

/**
 * What the loaders read, table by table (`columns` are the SELECT lists above, `from` their FROM),
 * for the bench floor (scripts/bench), which reads the same columns in one pass. The follow-up
 * dates of a case are service_events.event_date; other departments' lists are read by departments.ts.
 */
export const CHECK_SOURCES: readonly { table: string; from: string; columns: string }[] = [
  { table: 'households', from: 'households h LEFT JOIN admin_units v ON v.id = h.village_id', columns: HOUSEHOLD_COLUMNS },
  { table: 'members', from: 'members', columns: MEMBER_COLUMNS },
  { table: 'income_records', from: 'income_records', columns: INCOME_COLUMNS },
  { table: 'measures', from: 'measures', columns: MEASURE_COLUMNS },
  { table: 'employment_records', from: EMPLOYMENT_FROM, columns: EMPLOYMENT_COLUMNS },
  { table: 'returnee_cases', from: RETURNEE_FROM, columns: RETURNEE_COLUMNS },
  { table: 'service_events', from: 'service_events s', columns: 's.member_id AS memberId, s.event_date AS followUps' },
  { table: 'department_lists', from: 'department_lists', columns: DEPARTMENT_COLUMNS },
];

type HouseholdRow = Omit<CheckHousehold, 'risks' | 'members' | 'incomes' | 'measures' | 'headName'> & { risks: string | null };
type WithHousehold<T> = T & { householdId: number };
type EmploymentRow = WithHousehold<Omit<CheckEmployment, 'employed'> & { employed: string | null }>;
type ReturneeRow = { householdId: number; id: number; memberId: number; returnDate: string; followUps: string };

interface Related {
  employment: EmploymentRow[];
  returnees: ReturneeRow[];
}

// Rows are converted and grouped in place (householdId stays on them, no rule reads it): copying
// every row twice (object rest + spread) was a third of a full run's time at county scale.
function toEmployment(row: EmploymentRow): WithHousehold<CheckEmployment> {
  const converted = row as unknown as WithHousehold<CheckEmployment>;
  converted.employed = row.employed === null ? null : row.employed === '是';
  return converted;
}

function toReturnee(r: ReturneeRow): WithHousehold<CheckReturnee> {
  const dates = (JSON.parse(r.followUps) as (string | null)[]).filter((d): d is string => d !== null).sort();
  return { householdId: r.householdId, id: r.id, memberId: r.memberId, returnMonth: r.returnDate.slice(0, 7), followUpDates: dates };
}

function grouped<T extends { householdId: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.householdId);
    if (list) list.push(row);
    else map.set(row.householdId, [row]);
  }
  return map;
}

type MemberRow = WithHousehold<Omit<CheckMember, 'health'> & { health: string | null }>;

function toMember(row: MemberRow): CheckMember {
  const converted = row as unknown as CheckMember;
  converted.health = row.health ? (JSON.parse(row.health) as string[]) : [];
  return converted;
}

function assemble(
  households: HouseholdRow[],
  members: MemberRow[],
  incomes: WithHousehold<CheckIncome>[],
  measures: WithHousehold<CheckMeasure>[],
  related: Related,
  departments: DepartmentLists | undefined,
): CheckHousehold[] {
  const m = grouped(members);
  const i = grouped(incomes);
  const s = grouped(measures);
  const e = grouped(related.employment.map(toEmployment));
  const r = grouped(related.returnees.map(toReturnee));
  return households.map((h) => {
    const people = (m.get(h.id) ?? []).map(toMember);
    const head = people.find((p) => p.relation === '户主' && p.status === '在户');
    return Object.assign(h, {
      headName: head?.name ?? null,
      risks: h.risks ? (JSON.parse(h.risks) as string[]) : [],
      members: people,
      incomes: i.get(h.id) ?? [],
      measures: s.get(h.id) ?? [],
      employment: e.get(h.id) ?? [],
      returnees: r.get(h.id) ?? [],
      ...(departments ? { departments } : {}),
    });
  });
}

/** 在册 households (a 已注销 household is not checked) with id in [lo, hi]. */
function loadRange(db: Db, lo: number, hi: number, departments?: DepartmentLists): CheckHousehold[] {
  const households = db
    .prepare(`SELECT ${HOUSEHOLD_COLUMNS} FROM households h LEFT JOIN admin_units v ON v.id = h.village_id WHERE h.id BETWEEN ? AND ? AND h.status = '在册' ORDER BY h.id`)
    .all(lo, hi) as HouseholdRow[];
  if (households.length === 0) return [];
  const members = db.prepare(`SELECT ${MEMBER_COLUMNS} FROM members WHERE household_id BETWEEN ? AND ? ORDER BY id`).all(lo, hi) as MemberRow[];
  const incomes = db.prepare(`SELECT ${INCOME_COLUMNS} FROM income_records WHERE household_id BETWEEN ? AND ? ORDER BY period`).all(lo, hi) as WithHousehold<CheckIncome>[];
  const measures = db.prepare(`SELECT ${MEASURE_COLUMNS} FROM measures WHERE household_id BETWEEN ? AND ? ORDER BY id`).all(lo, hi) as WithHousehold<CheckMeasure>[];
  const employment = db.prepare(`${EMPLOYMENT_SELECT} WHERE m.household_id BETWEEN ? AND ? ORDER BY e.member_id, e.month`).all(lo, hi) as EmploymentRow[];
  const returnees = db.prepare(`${RETURNEE_SELECT} WHERE m.household_id BETWEEN ? AND ? ORDER BY r.id`).all(lo, hi) as ReturneeRow[];
  return assemble(households, members, incomes, measures, { employment, returnees }, departments);
}

/** The id span of all households (null when there are none): the background run walks it in CHUNK steps. */
export function householdIdSpan(db: Db): { lo: number; hi: number } | null {
  const { lo, hi } = db.prepare('SELECT min(id) AS lo, max(id) AS hi FROM households').get() as { lo: number | null; hi: number | null };
  return lo === null || hi === null ? null : { lo, hi };
}

/** 在册 households with id in [lo, hi] (one chunk of a run). */
export function checkHouseholdsInRange(db: Db, lo: number, hi: number, departments?: DepartmentLists): CheckHousehold[] {
  return loadRange(db, lo, hi, departments);
}

export const CHECK_CHUNK = CHUNK;

/** Every 在册 household, CHUNK ids at a time. */
export function* allCheckHouseholds(db: Db, departments?: DepartmentLists): Generator<CheckHousehold[]> {
  const { lo, hi } = db.prepare('SELECT min(id) AS lo, max(id) AS hi FROM households').get() as { lo: number | null; hi: number | null };
  if (lo === null || hi === null) return;
  for (let start = lo; start <= hi; start += CHUNK) yield loadRange(db, start, Math.min(hi, start + CHUNK - 1), departments);
}

/** The named households (those still 在册; ids of removed or deleted households are skipped). */
export function checkHouseholdsByIds(db: Db, ids: readonly number[], departments?: DepartmentLists): CheckHousehold[] {
  if (ids.length === 0) return [];
  const list = JSON.stringify(ids);
  const inList = 'IN (SELECT value FROM json_each(?))';
  const households = db
    .prepare(`SELECT ${HOUSEHOLD_COLUMNS} FROM households h LEFT JOIN admin_units v ON v.id = h.village_id WHERE h.id ${inList} AND h.status = '在册' ORDER BY h.id`)
    .all(list) as HouseholdRow[];
  const members = db.prepare(`SELECT ${MEMBER_COLUMNS} FROM members WHERE household_id ${inList} ORDER BY id`).all(list) as MemberRow[];
  const incomes = db.prepare(`SELECT ${INCOME_COLUMNS} FROM income_records WHERE household_id ${inList} ORDER BY period`).all(list) as WithHousehold<CheckIncome>[];
  const measures = db.prepare(`SELECT ${MEASURE_COLUMNS} FROM measures WHERE household_id ${inList} ORDER BY id`).all(list) as WithHousehold<CheckMeasure>[];
  const employment = db.prepare(`${EMPLOYMENT_SELECT} WHERE m.household_id ${inList} ORDER BY e.member_id, e.month`).all(list) as EmploymentRow[];
  const returnees = db.prepare(`${RETURNEE_SELECT} WHERE m.household_id ${inList} ORDER BY r.id`).all(list) as ReturneeRow[];
  return assemble(households, members, incomes, measures, { employment, returnees }, departments);
}
