/** The API's schema of a policy year, built from the shared ranges so form and API agree. */
import { z } from 'zod';
import { MAX_WARNING_LINES, POLICY_INT_RANGES, type Policy } from '../domain/policy';

const Fen = z.number().int().min(0);
const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const int = (range: { min: number; max: number }) => z.number().int().min(range.min).max(range.max);
const R = POLICY_INT_RANGES;

export const WarningLineSchema = z.object({ from: Period, to: Period, lineFen: Fen, basis: z.string().max(100).optional() });

export const PolicySchema = z.object({
  year: int(R.year),
  monitoringLineFen: Fen,
  warningLines: z.array(WarningLineSchema).max(MAX_WARNING_LINES),
  perCapitaDivisor: z.enum(['家庭人口数', '常住人口数']),
  labourAgeMin: int(R.labourAgeMin),
  labourAgeMax: int(R.labourAgeMax),
  monthlyDeadlineDay: int(R.monthlyDeadlineDay),
  quarterlyNeedsDay: int(R.quarterlyNeedsDay),
  heavySelfPaidFen: Fen,
  identificationDays: int(R.identificationDays),
  measureWithinMonths: int(R.measureWithinMonths),
  serviceTargets: z.object({ guidance: int(R.guidance), training: int(R.training), recommendations: int(R.recommendations) }),
  publicNoticeDays: int(R.publicNoticeDays),
}) satisfies z.ZodType<Policy>;
