/**
 * API methods of the monthly data check (数据筛查, issue 6): findings of the logic checks, 已核实
 * marks, switching rules off, and the open 错误 count the export buttons ask for.
 */
import { z } from 'zod';

const Day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
const RuleId = z.string().min(1).max(60);

export const FindingRowSchema = z.object({
  /** Stable identity: rule | record | field. */
  key: z.string(),
  ruleId: z.string(),
  ruleName: z.string(),
  severity: z.enum(['错误', '提醒']),
  householdId: z.number().int(),
  householdNo: z.string(),
  village: z.string().nullable(),
  headName: z.string().nullable(),
  memberId: z.number().int().nullable(),
  memberName: z.string().nullable(),
  /** household · member · income · employment · returnee */
  recordKind: z.string(),
  recordId: z.number().int(),
  /** The field key of the cell to fix. */
  field: z.string(),
  read: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  message: z.string(),
  verified: z.object({ note: z.string(), actor: z.string(), at: z.string() }).nullable(),
});
export type FindingRow = z.infer<typeof FindingRowSchema>;

const CountSchema = z.number().int().min(0);

export const FindingsReportSchema = z.object({
  total: CountSchema,
  truncated: z.boolean(),
  errors: CountSchema,
  reminders: CountSchema,
  verified: CountSchema,
  byRule: z.array(z.object({ ruleId: z.string(), ruleName: z.string(), severity: z.enum(['错误', '提醒']), count: CountSchema })),
  byVillage: z.array(z.object({ village: z.string(), count: CountSchema })),
  findings: z.array(FindingRowSchema),
});
export type FindingsReport = z.infer<typeof FindingsReportSchema>;

export const RuleRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  severity: z.enum(['错误', '提醒']),
  description: z.string(),
  reads: z.array(z.string()),
  enabled: z.boolean(),
});
export type RuleRow = z.infer<typeof RuleRowSchema>;

/**
 * A full check running in the background (issue #9): household ids walked of the span to walk;
 * null when the stored findings are current. While it runs, readers answer with the findings
 * stored so far (possibly none, or a day old) and say so.
 */
export const CheckingSchema = z.object({ done: CountSchema, total: CountSchema }).nullable();
export type Checking = z.infer<typeof CheckingSchema>;

const RunSummarySchema = z.object({
  /** background: the run was started (or was already running) off the request path; see `checking`. */
  mode: z.enum(['full', 'incremental', 'none', 'background']),
  households: CountSchema,
  findings: CountSchema,
  asOf: z.string(),
  checking: CheckingSchema,
});

export const CHECKS_API = {
  /** Re-run the checks over the whole ledger (full) or bring them up to date with the changes since the last run. */
  'checks.run': { input: z.object({ full: z.boolean().default(true), asOf: Day.optional() }).strict(), output: RunSummarySchema },
  /** Findings (brought up to date first, or `checking` while a background run goes on), open ones unless includeVerified, with counts by rule and village. */
  'checks.list': {
    input: z.object({ ruleId: RuleId.optional(), village: z.string().max(60).optional(), includeVerified: z.boolean().optional() }).strict(),
    output: FindingsReportSchema.extend({ checking: CheckingSchema }),
  },
  /** Open 错误 and 提醒 counts, brought up to date first: the export buttons ask before exporting. While `checking`, the counts are not final. */
  'checks.openCount': { input: z.object({}).strict(), output: z.object({ errors: CountSchema, reminders: CountSchema, checking: CheckingSchema }) },
  /** Whether a background check runs and how far it is (cheap: the views poll it about once a second while checking). */
  'checks.progress': { input: z.object({}).strict(), output: z.object({ checking: CheckingSchema }) },
  /** Mark a finding 已核实 with a note; it stays hidden until the values it read change. */
  'checks.verify': { input: z.object({ key: z.string().min(1).max(200), note: z.string().trim().min(1, '请填写核实说明').max(500) }).strict(), output: z.object({ ok: z.literal(true) }) },
  /** Take back a 已核实 mark. */
  'checks.unverify': { input: z.object({ key: z.string().min(1).max(200) }).strict(), output: z.object({ ok: z.literal(true) }) },
  /** The rule catalogue with each rule's on/off switch. */
  'checks.rules': { input: z.object({}).strict(), output: z.array(RuleRowSchema) },
  /** Switch a rule off (its findings are hidden) or back on. */
  'checks.setRule': { input: z.object({ ruleId: RuleId, enabled: z.boolean() }).strict(), output: z.array(RuleRowSchema) },
  /** 疑点清单 workbook (one sheet per village, IDs masked) of the open findings. */
  'export.findings': {
    input: z.object({ village: z.string().max(60).optional() }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string(), rows: CountSchema }),
  },
} as const;
