/**
 * The ledger's policy table: one row per year, read as the shared Policy shape and written
 * through the mutation path (a change is history like any other). A new ledger gets the 2023
 * values of the county document; later years are added by the clerk.
 */
import { ApiError } from '../../shared/api/errors';
import { PolicySchema } from '../../shared/api/policy-schema';
import { POLICY_2023, type Policy } from '../../shared/domain/policy';
import { mutate } from './mutate';
import type { Db } from './open';

interface PolicyRow {
  id: number;
  year: number;
  monitoring_line_fen: number;
  warning_lines: string;
  per_capita_divisor: Policy['perCapitaDivisor'];
  labour_age_min: number;
  labour_age_max: number;
  monthly_deadline_day: number;
  quarterly_needs_day: number;
  heavy_self_paid_fen: number;
  identification_days: number;
  measure_within_months: number;
  service_targets: string;
  public_notice_days: number;
}

function toPolicy(row: PolicyRow): Policy {
  return {
    year: row.year,
    monitoringLineFen: row.monitoring_line_fen,
    warningLines: JSON.parse(row.warning_lines) as Policy['warningLines'],
    perCapitaDivisor: row.per_capita_divisor,
    labourAgeMin: row.labour_age_min,
    labourAgeMax: row.labour_age_max,
    monthlyDeadlineDay: row.monthly_deadline_day,
    quarterlyNeedsDay: row.quarterly_needs_day,
    heavySelfPaidFen: row.heavy_self_paid_fen,
    identificationDays: row.identification_days,
    measureWithinMonths: row.measure_within_months,
    serviceTargets: JSON.parse(row.service_targets) as Policy['serviceTargets'],
    publicNoticeDays: row.public_notice_days,
  };
}

function toValues(policy: Policy) {
  return { ...policy, warningLines: JSON.stringify(policy.warningLines), serviceTargets: JSON.stringify(policy.serviceTargets) };
}

export function listPolicies(db: Db): Policy[] {
  return (db.prepare('SELECT * FROM policy_years ORDER BY year').all() as PolicyRow[]).map(toPolicy);
}

/** Check a policy's inner consistency; Chinese message naming the problem. */
export function assertConsistentPolicy(policy: Policy): void {
  const year = String(policy.year);
  for (const line of policy.warningLines) {
    if (!line.from.startsWith(year) || !line.to.startsWith(year) || line.from > line.to) {
      throw new ApiError('policy.bad-warning-line', `${year} 年预警线的起止月份（${line.from} 至 ${line.to}）应在 ${year} 年内且起始不晚于结束`);
    }
  }
  const sorted = [...policy.warningLines].sort((a, b) => a.from.localeCompare(b.from));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const next = sorted[i]!;
    if (next.from <= prev.to) throw new ApiError('policy.overlapping-warning-lines', `${year} 年的预警线时段重叠：${prev.from}–${prev.to} 与 ${next.from}–${next.to}`);
  }
  if (policy.labourAgeMin >= policy.labourAgeMax) throw new ApiError('policy.bad-age-window', '劳动年龄下限应小于上限');
}

export function savePolicy(db: Db, actor: string, input: Policy): Policy {
  const policy = PolicySchema.parse(input);
  assertConsistentPolicy(policy);
  const existing = db.prepare('SELECT id FROM policy_years WHERE year = ?').get(policy.year) as { id: number } | undefined;
  mutate(db, { actor, source: 'edit', label: `${existing ? '修改' : '新增'} ${policy.year} 年政策标准` }, (m) => {
    if (existing) m.update('policy_years', existing.id, toValues(policy));
    else m.insert('policy_years', toValues(policy));
  });
  return listPolicies(db).find((p) => p.year === policy.year) as Policy;
}

/** A ledger without any policy gets the 2023 defaults (once). */
export function ensureDefaultPolicy(db: Db): void {
  const count = (db.prepare('SELECT count(*) AS n FROM policy_years').get() as { n: number }).n;
  if (count === 0) {
    mutate(db, { actor: 'system', source: 'system', label: '写入 2023 年默认政策标准（翁源县文件）' }, (m) => m.insert('policy_years', toValues(POLICY_2023)));
  }
}
