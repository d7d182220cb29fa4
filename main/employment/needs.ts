/**
 * Labourers with a job or training need at a quarter's start (the 季度就业/培训需求表 and the set
 * the HR bureau must serve, domain.md §6 items 7–8): today's labourers whose latest employment
 * record up to the quarter's first month says 就业需求 or 培训需求 = 是.
 */
import { ApiError } from '../../shared/api/errors';
import { quarterSpan, type QuarterSpan } from '../../shared/domain/employment';
import type { Db } from '../db/open';
import { currentPolicy, labourerCondition, MEMBER_AGE } from './labourers';

export interface NeedRow {
  memberId: number;
  town: string | null;
  village: string | null;
  name: string;
  idNo: string;
  sex: string;
  age: number;
  phone: string | null;
  education: string | null;
  labourSkill: string | null;
  asOfMonth: string;
  employed: string | null;
  region: string | null;
  jobNeed: string | null;
  trainingNeed: string | null;
  trainingKind: string | null;
  wishedJob: string | null;
  wishedRegion: string | null;
}

export function spanOf(quarter: string): QuarterSpan {
  const span = quarterSpan(quarter);
  if (!span) throw new ApiError('input.bad-quarter', `季度“${quarter}”的写法不对，应写成 2023Q3 这样`);
  return span;
}

/** 现状 as the needs sheet prints it: 省外务工, 县内务工, 未就业, 未填报. */
export function situationText(row: Pick<NeedRow, 'employed' | 'region'>): string {
  if (row.employed === '是') return `${row.region ?? ''}务工`;
  if (row.employed === '否') return '未就业';
  return '未填报';
}

/** 需求类型: 就业, 培训 or 就业、培训. */
export function needKinds(row: Pick<NeedRow, 'jobNeed' | 'trainingNeed'>): string {
  return [row.jobNeed === '是' ? '就业' : null, row.trainingNeed === '是' ? '培训' : null].filter((k) => k !== null).join('、');
}

export function labourersWithNeeds(db: Db, quarter: string, filter: { town?: string | undefined; village?: string | undefined } = {}): NeedRow[] {
  const span = spanOf(quarter);
  const labourer = labourerCondition(currentPolicy(db));
  const where: string[] = ["(e.job_need = '是' OR e.training_need = '是')", labourer];
  const params: (string | number)[] = [span.firstMonth, span.firstMonth];
  if (filter.town) {
    where.push('t.name = ?');
    params.push(filter.town);
  }
  if (filter.village) {
    where.push('v.name = ?');
    params.push(filter.village);
  }
  return db
    .prepare(
      `SELECT m.id AS memberId, t.name AS town, v.name AS village, m.name, m.id_no AS idNo, m.sex, ${MEMBER_AGE} AS age,
         m.phone, m.education, m.labour_skill AS labourSkill, e.month AS asOfMonth, e.employed, e.region,
         e.job_need AS jobNeed, e.training_need AS trainingNeed, e.training_kind AS trainingKind,
         e.wished_job AS wishedJob, e.wished_region AS wishedRegion
       FROM employment_records e
       JOIN (SELECT member_id, max(month) AS month FROM employment_records WHERE month <= ? GROUP BY member_id) last
         ON last.member_id = e.member_id AND last.month = e.month
       JOIN members m ON m.id = e.member_id
       JOIN households h ON h.id = m.household_id
       JOIN admin_units v ON v.id = h.village_id
       JOIN admin_units t ON t.id = v.parent_id
       WHERE e.month <= ? AND ${where.join(' AND ')}
       ORDER BY t.name, v.name, h.household_no, m.id`,
    )
    .all(...params) as NeedRow[];
}
