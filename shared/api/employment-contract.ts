/**
 * API methods of the employment ledger (issue 5): 脱贫劳动力 and their monthly employment records
 * (就业台账), HR service events (人社就业帮扶) and the quarterly 1/1/3 check, returning-worker cases
 * (返乡回流), the calendar of due returns, and the quarterly print-ready sheets.
 *
 * Labourers are derived from members (age window and skills from the policy table, not in school,
 * 在户); a member who stops qualifying keeps their records (`isLabourer: false`).
 * Money is integer fen; months `YYYY-MM`; dates `YYYY-MM-DD`; quarters `2023Q3`.
 */
import { z } from 'zod';
import {
  EMPLOYMENT_CHANNELS,
  RETURN_ORIGINS,
  RETURN_REASONS,
  RETURNEE_STATUSES,
  SERVICE_KINDS,
  WORK_REGIONS,
} from '../domain/employment';
import { ListQuerySchema } from './list-query-schema';

const Id = z.number().int().positive();
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const Day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
const Quarter = z.string().regex(/^\d{4}Q[1-4]$/);
const Fen = z.number().int().min(0).max(100_000_000);
const YesNo = z.enum(['是', '否']);
const Text = (max: number) => z.string().trim().max(max);
const Nullable = z.string().nullable();

/** The editable fields of one labourer-month. Null clears a field. */
export const EmploymentValuesSchema = z
  .object({
    /** 是否务工 */
    employed: YesNo.nullable(),
    /** 务工区域; derived from the workplace against the ledger's county when that says enough. */
    region: z.enum(WORK_REGIONS).nullable(),
    /** 务工所在省 / 市 / 县 (the place). */
    workProvince: Text(30).nullable(),
    workCity: Text(30).nullable(),
    workCounty: Text(30).nullable(),
    /** 务工单位 */
    employer: Text(100).nullable(),
    /** 就业渠道 */
    channel: z.enum(EMPLOYMENT_CHANNELS).nullable(),
    /** 开始时间 (month the job started) */
    startMonth: Month.nullable(),
    /** 务工时间(月) this year, 0–12 */
    monthsWorked: z.number().int().min(0).max(12).nullable(),
    /** 月均收入 (fen) */
    monthlyWageFen: Fen.nullable(),
    /** 交通费补助 (fen) */
    transportSubsidyFen: Fen.nullable(),
    /** 就业需求 / 培训需求 */
    jobNeed: YesNo.nullable(),
    trainingNeed: YesNo.nullable(),
    /** 培训需求类型 (e.g. 电工, 家政) */
    trainingKind: Text(50).nullable(),
    /** 意向工种 / 意向区域 */
    wishedJob: Text(50).nullable(),
    wishedRegion: Text(50).nullable(),
  })
  .partial()
  .strict();
export type EmploymentValues = z.infer<typeof EmploymentValuesSchema>;

/** One grid row: a labourer (or ex-labourer with records) and their record of the month, if any. */
export const EmploymentRowSchema = z.object({
  memberId: Id,
  householdId: Id,
  householdNo: z.string(),
  town: Nullable,
  village: Nullable,
  name: z.string(),
  idNo: z.string(),
  sex: z.enum(['男', '女']),
  age: z.number().int(),
  phone: Nullable,
  education: Nullable,
  labourSkill: Nullable,
  /** Still qualifies as 脱贫劳动力 today (age window, skill, not in school, 在户). */
  isLabourer: z.boolean(),
  month: z.string(),
  /** Null when nothing is recorded for this month yet. */
  recordId: z.number().int().nullable(),
  employed: Nullable,
  region: Nullable,
  workProvince: Nullable,
  workCity: Nullable,
  workCounty: Nullable,
  employer: Nullable,
  channel: Nullable,
  startMonth: Nullable,
  monthsWorked: z.number().int().nullable(),
  monthlyWageFen: z.number().int().nullable(),
  transportSubsidyFen: z.number().int().nullable(),
  jobNeed: Nullable,
  trainingNeed: Nullable,
  trainingKind: Nullable,
  wishedJob: Nullable,
  wishedRegion: Nullable,
  /** Status of the labourer's latest 返乡回流 case, if any. */
  returneeStatus: Nullable,
});
export type EmploymentRow = z.infer<typeof EmploymentRowSchema>;

export const ServiceEventSchema = z.object({
  id: Id,
  memberId: Id,
  name: z.string(),
  idNo: z.string(),
  village: Nullable,
  date: z.string(),
  kind: z.enum(SERVICE_KINDS),
  /** 岗位推荐: 推荐单位 / 推荐岗位 */
  employer: Nullable,
  post: Nullable,
  /** 就业培训: 培训项目 */
  project: Nullable,
  /** 结果 */
  result: Nullable,
  /** 'hand' | import batch: where the event came from. */
  source: z.string(),
});
export type ServiceEvent = z.infer<typeof ServiceEventSchema>;

export const ServiceEventInputSchema = z
  .object({
    memberId: Id,
    date: Day,
    kind: z.enum(SERVICE_KINDS),
    employer: Text(100).optional(),
    post: Text(100).optional(),
    project: Text(100).optional(),
    result: Text(200).optional(),
  })
  .strict();

/** Per labourer with needs, per quarter: counts against the policy targets (1/1/3). */
export const ServiceStandingSchema = z.object({
  memberId: Id,
  name: z.string(),
  idNo: z.string(),
  town: Nullable,
  village: Nullable,
  phone: Nullable,
  jobNeed: Nullable,
  trainingNeed: Nullable,
  trainingKind: Nullable,
  guidance: z.number().int(),
  training: z.number().int(),
  recommendations: z.number().int(),
  other: z.number().int(),
  met: z.boolean(),
  /** Chinese reason when not met, e.g. "岗位推荐 1 次，少于 3 次". */
  reason: Nullable,
});
export type ServiceStanding = z.infer<typeof ServiceStandingSchema>;

export const ServicesQuarterSchema = z.object({
  quarter: z.string(),
  targets: z.object({ guidance: z.number().int(), training: z.number().int(), recommendations: z.number().int() }),
  rows: z.array(ServiceStandingSchema),
  byVillage: z.array(z.object({ village: z.string(), needing: z.number().int(), met: z.number().int(), gaps: z.number().int() })),
});

export const ReturneeCaseSchema = z.object({
  id: Id,
  memberId: Id,
  householdNo: z.string(),
  village: Nullable,
  name: z.string(),
  idNo: z.string(),
  phone: Nullable,
  /** 返乡时间 (the first month reported at home, as YYYY-MM, or a date entered by hand) */
  returnDate: z.string(),
  /** The last month reported working away, when detected from the returns. */
  lastAwayMonth: Nullable,
  originPlace: Nullable,
  originEmployer: Nullable,
  originRegion: z.enum(RETURN_ORIGINS),
  reason: Nullable,
  jobWish: Nullable,
  trainingWish: Nullable,
  wishedJob: Nullable,
  wishedRegion: Nullable,
  reemployDate: Nullable,
  reemployEmployer: Nullable,
  reemployMode: Nullable,
  /** When the labourer went back to 县外 work: the month it was reported. */
  leftAgainMonth: Nullable,
  status: z.enum(RETURNEE_STATUSES),
  source: z.enum(['自动', '手工', '导入']),
  note: Nullable,
  /** Days since 返乡时间, as of the asOf date of the query (or today). */
  daysSinceReturn: z.number().int(),
  /** Service events since 返乡时间. */
  servicesSoFar: z.number().int(),
  lastServiceDate: Nullable,
  /** Open (跟踪中) and no service in the current quarter. */
  needsFollowUp: z.boolean(),
});
export type ReturneeCase = z.infer<typeof ReturneeCaseSchema>;

export const ReturneePatchSchema = z
  .object({
    returnDate: z.union([Day, Month]),
    originPlace: Text(100).nullable(),
    originEmployer: Text(100).nullable(),
    originRegion: z.enum(RETURN_ORIGINS),
    reason: z.enum(RETURN_REASONS).nullable(),
    jobWish: YesNo.nullable(),
    trainingWish: YesNo.nullable(),
    wishedJob: Text(50).nullable(),
    wishedRegion: Text(50).nullable(),
    reemployDate: z.union([Day, Month]).nullable(),
    reemployEmployer: Text(100).nullable(),
    reemployMode: z.enum(EMPLOYMENT_CHANNELS).nullable(),
    /** The month the labourer went back to 县外 work (再次外出). */
    leftAgainMonth: Month.nullable(),
    status: z.enum(RETURNEE_STATUSES),
    note: Text(200).nullable(),
  })
  .partial()
  .strict();

export const CalendarItemSchema = z.object({
  kind: z.enum(['monthly-return', 'needs-sheet', 'hr-feedback', 'quarter-export']),
  /** Chinese title, e.g. "2023年8月 村务工月监测报送". */
  title: z.string(),
  /** The month or quarter the item is about. */
  period: z.string(),
  dueDate: z.string(),
  daysLeft: z.number().int(),
  overdue: z.boolean(),
  /** What is still missing, each with a Chinese label and the names (villages or labourers). */
  missing: z.array(z.object({ label: z.string(), count: z.number().int(), items: z.array(z.string()) })),
});
export type CalendarItem = z.infer<typeof CalendarItemSchema>;

const FileOut = z.object({ fileName: z.string(), contentBase64: z.string(), rows: z.number().int() });

export const EMPLOYMENT_API = {
  /** One page of labourers with their record of `month`, sorted and filtered in SQL (like members.list). */
  'employment.list': {
    input: ListQuerySchema.extend({ month: Month, village: z.string().max(50).optional() }),
    output: z.object({ rows: z.array(EmploymentRowSchema), total: z.number().int().min(0) }),
  },
  /** All recorded months of one labourer, oldest first. */
  'employment.months': { input: z.object({ memberId: Id }).strict(), output: z.array(EmploymentRowSchema) },
  /**
   * Enter or change a labourer-month (one cell or several); recorded in history. A change from 县外
   * work to none / 县内 against the previous reported month opens a 返乡回流 case (`openedCase`).
   */
  'employment.update': {
    input: z.object({ memberId: Id, month: Month, patch: EmploymentValuesSchema }).strict(),
    output: z.object({ row: EmploymentRowSchema, openedCase: ReturneeCaseSchema.nullable() }),
  },

  /** Record a dated HR service (就业指导 · 就业培训 · 岗位推荐 · 其他) for a labourer. */
  'services.add': { input: ServiceEventInputSchema, output: ServiceEventSchema },
  /** Service events of a labourer and/or a quarter, newest first. */
  'services.list': {
    input: z.object({ memberId: Id.optional(), quarter: Quarter.optional() }).strict(),
    output: z.array(ServiceEventSchema),
  },
  /** Delete a service event entered by mistake (recorded in history, undoable). */
  'services.remove': { input: z.object({ id: Id }).strict(), output: z.object({ removed: z.boolean() }) },
  /** Per labourer with needs in the quarter: counts, met/not met against the policy, the reason. */
  'services.quarter': {
    input: z.object({ quarter: Quarter, village: z.string().max(50).optional() }).strict(),
    output: ServicesQuarterSchema,
  },

  /** 返乡回流 cases; followUpOnly = open cases with no service in asOf's quarter. */
  'returnees.list': {
    input: z
      .object({
        status: z.enum(RETURNEE_STATUSES).optional(),
        village: z.string().max(50).optional(),
        followUpOnly: z.boolean().optional(),
        asOf: Day.optional(),
      })
      .strict(),
    output: z.array(ReturneeCaseSchema),
  },
  /** Open a case by hand. */
  'returnees.open': {
    input: z.object({ memberId: Id, values: ReturneePatchSchema.required({ returnDate: true }) }).strict(),
    output: ReturneeCaseSchema,
  },
  /** Change a case (reason, wishes, 再就业, status …); recorded in history. */
  'returnees.update': { input: z.object({ id: Id, patch: ReturneePatchSchema }).strict(), output: ReturneeCaseSchema },

  /** Next due dates (monthly returns, quarterly needs sheet, quarter-end HR feedback) with what is missing. */
  'calendar.due': {
    input: z.object({ today: Day.optional() }).strict(),
    output: z.object({ today: z.string(), items: z.array(CalendarItemSchema) }),
  },

  /** A print-ready quarterly workbook: 季度就业/培训需求表, 就业帮扶落实情况表 or 返乡回流跟踪台账. */
  'export.employmentSheet': {
    input: z
      .object({ sheet: z.enum(['needs-sheet', 'service-sheet', 'returnees']), quarter: Quarter, town: z.string().max(50).optional() })
      .strict(),
    output: FileOut,
  },
} as const;
