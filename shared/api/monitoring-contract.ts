/**
 * API methods of income monitoring (issue 4): the policy table, income records (收支), warnings
 * (预警), the monitoring-object lifecycle and 帮扶措施, and the 公示 export.
 */
import { z } from 'zod';
import { MEASURE_TYPES, MONITOR_CATEGORIES, RISK_TYPES, ELIMINATION_MODES } from '../domain/code-lists';
import { PolicySchema } from './policy-schema';
import { ListQuerySchema } from './list-query-schema';

const Id = z.number().int().positive();
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const Day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
const Fen = z.number().int().min(0).max(10_000_000_000);

export const IncomeRowSchema = z.object({
  id: Id,
  householdId: Id,
  householdNo: z.string(),
  village: z.string().nullable(),
  headName: z.string().nullable(),
  period: z.string(),
  wageIncome: z.number().int().nullable(),
  businessIncome: z.number().int().nullable(),
  propertyIncome: z.number().int().nullable(),
  transferIncome: z.number().int().nullable(),
  businessCost: z.number().int().nullable(),
  claimIncome: z.number().int().nullable(),
  selfPaidCost: z.number().int().nullable(),
  memberCountStated: z.number().int().nullable(),
  netIncomeStated: z.number().int().nullable(),
  perCapitaStated: z.number().int().nullable(),
  memberCount: z.number().int(),
  netIncome: z.number().int(),
  perCapita: z.number().int().nullable(),
  subItems: z.record(z.string(), z.number().int()).nullable(),
});

export const IncomeValuesSchema = z
  .object({
    wageIncome: Fen.nullable(),
    businessIncome: Fen.nullable(),
    propertyIncome: Fen.nullable(),
    transferIncome: Fen.nullable(),
    businessCost: Fen.nullable(),
    claimIncome: Fen.nullable(),
    selfPaidCost: Fen.nullable(),
  })
  .partial()
  .strict();

export const WarningSchema = z.object({
  ruleId: z.string(),
  ruleName: z.string(),
  severity: z.enum(['预警', '提醒']),
  period: z.string(),
  householdId: Id,
  householdNo: z.string(),
  village: z.string().nullable(),
  headName: z.string().nullable(),
  memberId: z.number().int().nullable(),
  memberName: z.string().nullable(),
  figures: z.record(z.string(), z.string()),
  threshold: z.string().nullable(),
  message: z.string(),
  /** For a household newly below the monitoring line: 识别纳入 is due by this date. */
  deadline: z.string().nullable(),
  overdue: z.boolean(),
});
export type WarningRow = z.infer<typeof WarningSchema>;

const EventSchema = z.object({
  id: Id,
  kind: z.enum(['识别纳入', '风险消除', '回退']),
  eventDate: z.string(),
  category: z.string().nullable(),
  risks: z.array(z.string()),
  mode: z.string().nullable(),
  reason: z.string().nullable(),
  snapshot: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).nullable(),
  createdAt: z.string(),
});
const MeasureSchema = z.object({ id: Id, householdId: Id, year: z.number().int(), measure: z.string(), detail: z.string().nullable(), startMonth: z.string().nullable() });
const TimelineSchema = z.object({ events: z.array(EventSchema), measures: z.array(MeasureSchema) });

export const MONITORING_API = {
  /** Policy rows, one per year. */
  'policy.list': { input: z.object({}).strict(), output: z.array(PolicySchema) },
  /** Add a year or change one; recorded in history. */
  'policy.save': { input: z.object({ policy: PolicySchema }).strict(), output: PolicySchema },

  /** One page of income records (收支), with 家庭纯收入 and 人均纯收入 computed. */
  'income.list': { input: ListQuerySchema, output: z.object({ rows: z.array(IncomeRowSchema), total: z.number().int() }) },
  /** Enter or correct the income record of a household for a 统计期 (fen). */
  'income.save': { input: z.object({ householdId: Id, period: Month, values: IncomeValuesSchema }).strict(), output: IncomeRowSchema },

  /** Warnings for a period, each explained, with counts per village and per rule. */
  'warnings.list': {
    input: z.object({ period: Month, village: z.string().max(50).optional(), ruleId: z.string().max(60).optional() }).strict(),
    output: z.object({
      period: z.string(),
      warnings: z.array(WarningSchema),
      byVillage: z.array(z.object({ village: z.string(), count: z.number().int() })),
      byRule: z.array(z.object({ ruleId: z.string(), ruleName: z.string(), severity: z.string(), count: z.number().int() })),
    }),
  },

  /** A household's monitoring timeline and its 帮扶措施. */
  'monitor.timeline': { input: z.object({ householdId: Id }).strict(), output: TimelineSchema },
  /** 识别纳入: category, 1–5 risks, date. */
  'monitor.identify': {
    input: z.object({ householdId: Id, category: z.enum(MONITOR_CATEGORIES), risks: z.array(z.enum(RISK_TYPES)).min(1).max(5), date: Day }).strict(),
    output: TimelineSchema,
  },
  /** 风险消除 with the income snapshot of that month. */
  'monitor.eliminate': { input: z.object({ householdId: Id, mode: z.enum(ELIMINATION_MODES), date: Day }).strict(), output: TimelineSchema },
  /** 回退: undo the last elimination, with a reason. */
  'monitor.revert': { input: z.object({ householdId: Id, reason: z.string().min(2).max(200), date: Day }).strict(), output: TimelineSchema },
  /** Record a 帮扶措施 for a household-year. */
  'measures.add': {
    input: z.object({ householdId: Id, year: z.number().int().min(2014).max(2100), measure: z.enum(MEASURE_TYPES), detail: z.string().max(200).optional(), startMonth: Month.optional() }).strict(),
    output: TimelineSchema,
  },

  /** 公示 list (IDs masked, no phone or health) of households proposed for 纳入 or 风险消除. */
  'export.gongshi': {
    input: z.object({ period: Month, kind: z.enum(['纳入', '风险消除']) }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string(), rows: z.number().int() }),
  },
} as const;
