/**
 * Employment records (就业台账): one row per labourer per month. The grid lists every labourer of
 * today (main/employment/labourers.ts) plus anyone with a record (an ex-labourer keeps theirs),
 * each with their record of the chosen month (LEFT JOIN: no record = empty cells).
 *
 * A write derives 务工区域 from the workplace against the home county when the workplace says
 * enough, and re-runs the 返乡回流 rule for that labourer in the same change set, so an undo takes
 * back a case together with the record that opened it.
 */
import type { EmploymentRow, EmploymentValues } from '../../shared/api/employment-contract';
import type { ListQuery } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { regionOf } from '../../shared/domain/employment';
import { formatPeriod } from '../../shared/domain/periods';
import { currentPolicy, homeAreaOf, labourerCondition, MEMBER_AGE } from '../employment/labourers';
import { syncReturnees } from '../employment/returnee-sync';
import { listRows, type ListSource } from './list-query';
import { mutate, type Mutation, type SqlValue } from './mutate';
import { memberSearch } from './quick-search';
import type { Db } from './open';

export type EmploymentQuery = ListQuery & { month: string; village?: string | undefined };

export const EMPLOYMENT_FIELDS = [
  'employed',
  'region',
  'workProvince',
  'workCity',
  'workCounty',
  'employer',
  'channel',
  'startMonth',
  'monthsWorked',
  'monthlyWageFen',
  'transportSubsidyFen',
  'jobNeed',
  'trainingNeed',
  'trainingKind',
  'wishedJob',
  'wishedRegion',
] as const;

const RECORD_COLUMNS: Record<(typeof EMPLOYMENT_FIELDS)[number], string> = {
  employed: 'e.employed',
  region: 'e.region',
  workProvince: 'e.work_province',
  workCity: 'e.work_city',
  workCounty: 'e.work_county',
  employer: 'e.employer',
  channel: 'e.channel',
  startMonth: 'e.start_month',
  monthsWorked: 'e.months_worked',
  monthlyWageFen: 'e.monthly_wage_fen',
  transportSubsidyFen: 'e.transport_subsidy_fen',
  jobNeed: 'e.job_need',
  trainingNeed: 'e.training_need',
  trainingKind: 'e.training_kind',
  wishedJob: 'e.wished_job',
  wishedRegion: 'e.wished_region',
};

const sources = new Map<string, ListSource>();

/** The list source for the age window in force (cached per window). */
export function employmentSource(db: Db): ListSource {
  const policy = currentPolicy(db);
  const key = `${policy.labourAgeMin}-${policy.labourAgeMax}`;
  const cached = sources.get(key);
  if (cached) return cached;
  const labourer = labourerCondition(policy);
  const source: ListSource = {
    from: `FROM members m
      JOIN households h ON h.id = m.household_id
      JOIN admin_units v ON v.id = h.village_id
      JOIN admin_units t ON t.id = v.parent_id
      LEFT JOIN employment_records e ON e.member_id = m.id AND e.month = ?`,
    fromParams: (query) => [(query as EmploymentQuery).month],
    columns: {
      memberId: 'm.id',
      householdId: 'm.household_id',
      householdNo: 'h.household_no',
      town: 't.name',
      village: 'v.name',
      name: 'm.name',
      idNo: 'm.id_no',
      sex: 'm.sex',
      age: MEMBER_AGE,
      phone: 'm.phone',
      education: 'm.education',
      labourSkill: 'm.labour_skill',
      isLabourer: labourer,
      recordId: 'e.id',
      ...RECORD_COLUMNS,
      returneeStatus: '(SELECT r.status FROM returnee_cases r WHERE r.member_id = m.id ORDER BY r.return_date DESC, r.id DESC LIMIT 1)',
    },
    search: memberSearch('m.id', 'm.household_id'),
    baseWhere: (query) => {
      const parts = [`(${labourer} OR EXISTS (SELECT 1 FROM employment_records x WHERE x.member_id = m.id))`];
      const params: SqlValue[] = [];
      const village = (query as EmploymentQuery).village;
      if (village) {
        parts.push('v.name = ?');
        params.push(village);
      }
      if (query.householdId !== undefined) {
        parts.push('m.household_id = ?');
        params.push(query.householdId);
      }
      return { sql: parts.join(' AND '), params };
    },
    idExpr: 'm.id',
  };
  sources.set(key, source);
  return source;
}

function toRow(raw: Record<string, SqlValue>, month: string): EmploymentRow {
  return { ...(raw as unknown as EmploymentRow), isLabourer: raw.isLabourer === 1, month };
}

export function listEmployment(db: Db, query: EmploymentQuery): { rows: EmploymentRow[]; total: number } {
  const { rows, total } = listRows(db, employmentSource(db), query);
  return { rows: rows.map((r) => toRow(r, query.month)), total };
}

/** One labourer's row for a month (also for a member who is not, or no longer, a labourer). */
export function employmentRow(db: Db, memberId: number, month: string): EmploymentRow | undefined {
  const source = employmentSource(db);
  const select = Object.entries(source.columns)
    .map(([key, expr]) => `${expr} AS "${key}"`)
    .join(', ');
  const raw = db.prepare(`SELECT ${select} ${source.from} WHERE m.id = ?`).get(month, memberId) as Record<string, SqlValue> | undefined;
  return raw ? toRow(raw, month) : undefined;
}

/** Every recorded month of a member, oldest first. */
export function employmentMonths(db: Db, memberId: number): EmploymentRow[] {
  const months = db.prepare('SELECT month FROM employment_records WHERE member_id = ? ORDER BY month').all(memberId) as { month: string }[];
  return months.map((r) => employmentRow(db, memberId, r.month)).filter((r): r is EmploymentRow => r !== undefined);
}

export function employmentRecordId(db: Db, memberId: number, month: string): number | undefined {
  return (db.prepare('SELECT id FROM employment_records WHERE member_id = ? AND month = ?').get(memberId, month) as { id: number } | undefined)?.id;
}

/** The stored values of a record (for diffs in imports), keyed by field. */
export function storedEmployment(db: Db, memberId: number, month: string): Partial<Record<(typeof EMPLOYMENT_FIELDS)[number], SqlValue>> | undefined {
  const select = Object.entries(RECORD_COLUMNS)
    .map(([key, expr]) => `${expr} AS "${key}"`)
    .join(', ');
  return db.prepare(`SELECT ${select} FROM employment_records e WHERE e.member_id = ? AND e.month = ?`).get(memberId, month) as
    | Partial<Record<(typeof EMPLOYMENT_FIELDS)[number], SqlValue>>
    | undefined;
}

/**
 * The values to store: 务工区域 derived from the workplace when it says enough (else the given
 * column), and checked for contradictions a clerk must fix (employed without a region …).
 */
export function withDerivedRegion(db: Db, memberId: number, merged: EmploymentValues): EmploymentValues {
  const derived = regionOf(
    { province: merged.workProvince ?? null, city: merged.workCity ?? null, county: merged.workCounty ?? null },
    homeAreaOf(db, memberId),
  );
  return derived ? { ...merged, region: derived } : merged;
}

/** Write a labourer-month inside a mutation (hand edit or import) and re-run the returnee rule. */
export function writeEmployment(db: Db, m: Mutation, memberId: number, month: string, patch: EmploymentValues): number[] {
  const existingId = employmentRecordId(db, memberId, month);
  const stored = existingId ? (storedEmployment(db, memberId, month) as EmploymentValues) : {};
  const merged = withDerivedRegion(db, memberId, { ...stored, ...patch });
  const values = Object.fromEntries(EMPLOYMENT_FIELDS.filter((k) => k in patch || k === 'region').map((k) => [k, merged[k] ?? null]));
  if (existingId) m.update('employment_records', existingId, values);
  else m.insert('employment_records', { memberId, month, ...values });
  return syncReturnees(db, m, memberId);
}

export function saveEmployment(db: Db, actor: string, memberId: number, month: string, patch: EmploymentValues): { row: EmploymentRow; openedCaseIds: number[] } {
  const member = db.prepare('SELECT name FROM members WHERE id = ?').get(memberId) as { name: string } | undefined;
  if (!member) throw new ApiError('employment.no-member', '没有这个成员（可能已被删除），请刷新后重试', { memberId });
  const current = employmentRow(db, memberId, month);
  const hasRecords = db.prepare('SELECT 1 FROM employment_records WHERE member_id = ? LIMIT 1').get(memberId) !== undefined;
  if (!current?.isLabourer && !hasRecords) {
    const policy = currentPolicy(db);
    throw new ApiError(
      'employment.not-labourer',
      `${member.name} 不是脱贫劳动力（应为脱贫户或监测户的在户成员、${policy.labourAgeMin}–${policy.labourAgeMax} 岁、有劳动技能、不在校），不能登记务工情况；如信息有误，请先在“家庭成员”中更正`,
      { memberId },
    );
  }
  const openedCaseIds = mutate(db, { actor, source: 'edit', label: `修改 ${member.name} ${formatPeriod(month)} 的务工情况` }, (m) =>
    writeEmployment(db, m, memberId, month, patch),
  );
  return { row: employmentRow(db, memberId, month) as EmploymentRow, openedCaseIds };
}
