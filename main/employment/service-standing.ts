/**
 * Per quarter, per labourer with needs: service counts in the quarter (dates inclusive of its first
 * and last day) against the year's policy targets (1/1/3), with the reason when not met, and a
 * per-village summary (needing, served fully, gaps).
 */
import type { ServiceStanding } from '../../shared/api/employment-contract';
import { ApiError } from '../../shared/api/errors';
import { serviceVerdict } from '../../shared/domain/employment';
import { policyFor } from '../../shared/domain/policy';
import { listPolicies } from '../db/policy';
import { serviceCounts } from '../db/services';
import type { Db } from '../db/open';
import { labourersWithNeeds, spanOf } from './needs';

export interface QuarterServices {
  quarter: string;
  targets: { guidance: number; training: number; recommendations: number };
  rows: ServiceStanding[];
  byVillage: { village: string; needing: number; met: number; gaps: number }[];
}

export function servicesForQuarter(db: Db, quarter: string, filter: { town?: string | undefined; village?: string | undefined } = {}): QuarterServices {
  const span = spanOf(quarter);
  const lookup = policyFor(listPolicies(db), span.firstMonth);
  if (!lookup.ok) throw new ApiError('policy.missing-year', lookup.message, { year: span.year });
  const targets = lookup.policy.serviceTargets;
  const counts = serviceCounts(db, span.firstDay, span.lastDay);
  const rows: ServiceStanding[] = labourersWithNeeds(db, span.quarter, filter).map((n) => {
    const c = counts.get(n.memberId) ?? { guidance: 0, training: 0, recommendations: 0, other: 0 };
    return {
      memberId: n.memberId,
      name: n.name,
      idNo: n.idNo,
      town: n.town,
      village: n.village,
      phone: n.phone,
      jobNeed: n.jobNeed,
      trainingNeed: n.trainingNeed,
      trainingKind: n.trainingKind,
      ...c,
      ...serviceVerdict(c, targets),
    };
  });
  const villages = new Map<string, { village: string; needing: number; met: number; gaps: number }>();
  for (const r of rows) {
    const key = r.village ?? '';
    const v = villages.get(key) ?? { village: key, needing: 0, met: 0, gaps: 0 };
    v.needing += 1;
    if (r.met) v.met += 1;
    else v.gaps += 1;
    villages.set(key, v);
  }
  return { quarter: span.quarter, targets: { ...targets }, rows, byVillage: [...villages.values()] };
}
