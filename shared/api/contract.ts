/**
 * The API contract: every method the renderer (or the CLI, or a test) may call, with the zod
 * schema of its input and of its output. The dispatcher validates every input against it whatever
 * the transport (IPC or HTTP — the HTTP host makes every method reachable from outside the window,
 * so this is a public boundary), and in tests validates every output too.
 */
import { z } from 'zod';
import { FieldValueSchema } from './contract-values';
import { IMPORT_API } from './imports-contract';
import { MONITORING_API } from './monitoring-contract';
import { BACKUP_API } from './backup-contract';
import { UNDO_API } from './undo-contract';
import { PROFILE_API } from './profile-contract';
import { TEMPLATES_API } from './templates-contract';
import { CHECKS_API } from './checks-contract';
import { DASHBOARD_API } from './dashboard-contract';
import { EMPLOYMENT_API } from './employment-contract';
import { PASSWORD_API } from './password-contract';
import { GRID_API } from './grid-contract';

export { FieldValueSchema };

const Id = z.number().int().positive();
const Nullable = z.string().nullable();

export const HouseholdRowSchema = z.object({
  id: Id,
  county: Nullable,
  town: Nullable,
  village: Nullable,
  group: Nullable,
  householdNo: z.string(),
  headName: Nullable,
  headIdNo: Nullable,
  householdType: z.string(),
  monitorCategory: Nullable,
  exitYear: z.number().int().nullable(),
  memberCount: z.number().int(),
  phone: Nullable,
  monitorStart: Nullable,
  risks: z.array(z.string()),
  riskEliminated: Nullable,
  eliminationMode: Nullable,
  riskEnd: Nullable,
  noLabourHousehold: Nullable,
  guaranteeFood: Nullable,
  guaranteeEducation: Nullable,
  guaranteeMedical: Nullable,
  guaranteeHousing: Nullable,
  guaranteeWater: Nullable,
  helperName: Nullable,
  helperPhone: Nullable,
  status: z.string(),
});
export type HouseholdRow = z.infer<typeof HouseholdRowSchema>;

export const MemberRowSchema = z.object({
  id: Id,
  householdId: Id,
  village: Nullable,
  householdNo: z.string(),
  name: z.string(),
  idNo: z.string(),
  sex: z.enum(['男', '女']),
  birthDate: z.string(),
  age: z.number().int(),
  relation: z.string(),
  ethnicity: Nullable,
  political: Nullable,
  education: Nullable,
  schooling: Nullable,
  health: z.array(z.string()),
  disabilityType: Nullable,
  disabilitySuffix: Nullable,
  labourSkill: Nullable,
  phone: Nullable,
  medicalResident: Nullable,
  medicalStaff: Nullable,
  criticalIllness: Nullable,
  pensionResident: Nullable,
  pensionStaff: Nullable,
  dibao: Nullable,
  tekun: Nullable,
  status: z.string(),
});
export type MemberRow = z.infer<typeof MemberRowSchema>;

export { ColumnFilterSchema, ListQuerySchema, type ColumnFilter, type ListQuery, type SimpleFilter } from './list-query-schema';
import { ListQuerySchema } from './list-query-schema';

const page = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row), total: z.number().int().min(0) });

const Patch = z
  .record(z.string().max(40), FieldValueSchema)
  .refine((p) => Object.keys(p).length > 0 && Object.keys(p).length <= 40, { message: '至少修改一个字段' });

export const HistoryEntrySchema = z.object({
  id: Id,
  at: z.string(),
  actor: z.string(),
  source: z.string(),
  batchId: z.number().int().nullable(),
  op: z.enum(['insert', 'update', 'delete']),
  field: z.string(),
  fieldLabel: z.string(),
  oldValue: FieldValueSchema,
  newValue: FieldValueSchema,
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const VillageSchema = z.object({
  id: Id,
  name: z.string(),
  town: z.string(),
  county: z.string(),
  groups: z.array(z.object({ id: Id, name: z.string() })),
});

export const LedgerInfoSchema = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  county: z.string().nullable(),
  town: z.string().nullable(),
  counts: z.object({
    counties: z.number().int(),
    towns: z.number().int(),
    villages: z.number().int(),
    households: z.number().int(),
    members: z.number().int(),
  }),
});

const REMOVAL_STATUSES = z.enum(['死亡', '迁出', '婚出', '服刑', '其他']);

export const API = {
  /** The open ledger: file path, schema version, the county/town it holds, and record counts. */
  'ledger.info': { input: z.object({}).strict(), output: LedgerInfoSchema },
  /** Villages (with their groups) known to the ledger, for pickers and filters. */
  'units.villages': { input: z.object({}).strict(), output: z.array(VillageSchema) },

  /** One page of households, sorted and filtered in SQL (AG Grid infinite row model). */
  'households.list': { input: ListQuerySchema, output: page(HouseholdRowSchema) },
  /** A household with all its members (including removed ones). */
  'households.get': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ household: HouseholdRowSchema, members: z.array(MemberRowSchema) }),
  },
  /** Create a household in a village (the group is created when new). */
  'households.create': {
    input: z
      .object({
        villageId: Id,
        group: z.string().max(50).optional(),
        householdNo: z.string().min(1).max(40),
        values: Patch.optional(),
      })
      .strict(),
    output: HouseholdRowSchema,
  },
  /** Change editable fields of a household; every change is recorded in history. */
  'households.update': { input: z.object({ id: Id, patch: Patch }).strict(), output: HouseholdRowSchema },
  /** Mark a household 已注销; its members and history stay. */
  'households.remove': { input: z.object({ id: Id }).strict(), output: HouseholdRowSchema },

  /** One page of members, sorted and filtered in SQL. */
  'members.list': { input: ListQuerySchema, output: page(MemberRowSchema) },
  /** A member by the person key (证件号码, any accepted spelling) with their household. */
  'members.byIdNo': {
    input: z.object({ idNo: z.string().min(1).max(40) }).strict(),
    output: z.object({ member: MemberRowSchema, household: HouseholdRowSchema }),
  },
  /** Add a member to a household. The 证件号码 must not belong to anyone else. */
  'members.create': {
    input: z.object({ householdId: Id, values: Patch }).strict(),
    output: MemberRowSchema,
  },
  /** Change editable fields of a member (including a corrected 证件号码). */
  'members.update': { input: z.object({ id: Id, patch: Patch }).strict(), output: MemberRowSchema },
  /** Mark a member as no longer 在户 (死亡, 迁出 …); the record and its history stay. */
  'members.remove': { input: z.object({ id: Id, status: REMOVAL_STATUSES }).strict(), output: MemberRowSchema },

  /** Change history of one record, newest first. */
  'history.list': {
    input: z.object({ table: z.enum(['households', 'members']), id: Id, limit: z.number().int().min(1).max(500).default(200) }).strict(),
    output: z.array(HistoryEntrySchema),
  },

  ...IMPORT_API,
  ...MONITORING_API,
  ...BACKUP_API,
  ...UNDO_API,
  ...PROFILE_API,
  ...TEMPLATES_API,
  ...CHECKS_API,
  ...DASHBOARD_API,
  ...EMPLOYMENT_API,
  ...PASSWORD_API,
  ...GRID_API,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Api = typeof API;
export type ApiMethod = keyof Api;
export type ApiInput<M extends ApiMethod> = z.input<Api[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<Api[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<Api[M]['output']>;

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API, name);
}
