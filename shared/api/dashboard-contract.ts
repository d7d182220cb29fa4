/**
 * API methods of the town dashboard (首页) and the quarter-end export (issue #6 items 5–6).
 *
 * The summary is grouped SQL only, so it stays fast at a million members; the warnings count, which
 * needs the rule engine, is its own method. The summary has fixed sections computed today and three
 * optional sections (`findings`,
 * `employment`, `returnees`) that other areas fill when they exist: until then the handler returns
 * them as null and the dashboard shows 暂无数据. An optional section is a total with labelled counts,
 * so a new area plugs in without a new chart type.
 */
import { z } from 'zod';
import { CheckingSchema } from './checks-contract';
import { CalendarItemSchema } from './employment-contract';

const Int = z.number().int().min(0);
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

const KeyCountSchema = z.object({ key: z.string(), households: Int, members: Int });
const VillageCountSchema = z.object({ village: z.string(), households: Int, members: Int, monitoredHouseholds: Int });

const LabelledCounts = z.array(z.object({ label: z.string(), count: Int }));

/**
 * An optional section: a headline total, its breakdown (`items`, drawn as the chart, e.g. open
 * findings by rule) and further labelled groups listed under it (e.g. by village).
 */
export const DashboardSectionSchema = z.object({
  total: Int,
  items: LabelledCounts,
  groups: z.array(z.object({ title: z.string(), items: LabelledCounts })),
  note: z.string().nullable(),
});
export type DashboardSection = z.infer<typeof DashboardSectionSchema>;

export const DashboardSummarySchema = z.object({
  generatedAt: z.string(),
  town: z.string().nullable(),
  /** 在册 households and their 在户 members. */
  totals: z.object({ households: Int, members: Int, monitoredHouseholds: Int, monitoredMembers: Int }),
  /** By 户类型 (脱贫户 · 脱贫不享受政策户 · 一般农户), every type listed even at 0. */
  byHouseholdType: z.array(KeyCountSchema),
  /** By 监测对象类别 (the three categories), every category listed even at 0. */
  byMonitorCategory: z.array(KeyCountSchema),
  byVillage: z.array(VillageCountSchema),
  /** Monitoring objects by 风险类型 (a household with two risks counts under both). */
  monitorByRisk: z.array(z.object({ risk: z.string(), households: Int })),
  /** Monitoring objects by state: 风险未消除 · 帮扶消除 · 自然消除. */
  monitorByStatus: z.array(z.object({ status: z.string(), households: Int })),
  /** The month the warnings count is for: the latest 统计期 with income data, else this month. */
  warningPeriod: z.string(),
  board: z.object({
    month: z.string(),
    deadline: z.string(),
    onTime: Int,
    late: Int,
    missing: Int,
    villages: z.array(z.object({ village: z.string(), status: z.enum(['on-time', 'late', 'missing']), submittedAt: z.string().nullable() })),
  }),
  /** The employment calendar's due items (calendar.due, the one source of due dates), or why there are none (no policy for the year). */
  deadlines: z.object({ items: z.array(CalendarItemSchema), unavailable: z.string().nullable() }),
  findings: DashboardSectionSchema.nullable(),
  /** A background check is running: `findings` are the stored ones (possibly none yet) until it ends (issue #9). */
  checking: CheckingSchema,
  employment: DashboardSectionSchema.nullable(),
  returnees: DashboardSectionSchema.nullable(),
});
export type DashboardSummary = z.infer<typeof DashboardSummarySchema>;

export const DashboardWarningsSchema = z.object({
  period: z.string(),
  count: Int,
  byRule: z.array(z.object({ ruleId: z.string(), ruleName: z.string(), count: Int })),
  /** Why no count could be made (e.g. the year has no policy), in Chinese. */
  unavailable: z.string().nullable(),
  /** A large ledger is counted in the background: slices done of total; ask again (issue #9). */
  counting: CheckingSchema,
});
export type DashboardWarnings = z.infer<typeof DashboardWarningsSchema>;

const Quarter = z.string().regex(/^\d{4}Q[1-4]$/);

export const DASHBOARD_API = {
  /** The 首页 figures: grouped counts, this month's submission board, next deadlines (grouped SQL only). */
  'dashboard.summary': { input: z.object({}).strict(), output: DashboardSummarySchema },
  /**
   * The warnings count of a period (default: the summary's warningPeriod) for the 首页 tile. Apart
   * from the summary because it runs the warning rules over every member in JS: the rest of the
   * dashboard shows at once, and the count follows. Cached until the ledger changes.
   */
  'dashboard.warnings': { input: z.object({ period: Month.optional() }).strict(), output: DashboardWarningsSchema },
  /** The town's whole ledger as one workbook for the county (one sheet per table, template columns, a 说明 sheet). */
  'export.quarter': {
    input: z.object({ quarter: Quarter }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string(), sheets: z.array(z.object({ name: z.string(), rows: Int })) }),
  },
} as const;
