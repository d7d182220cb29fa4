/** The list query of every SQL-paged grid: paging, sort, AG Grid filter model, quick search. */
import { z } from 'zod';

const Id = z.number().int().positive();

const TextFilterSchema = z.object({
  filterType: z.literal('text'),
  type: z.enum(['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank']),
  filter: z.string().max(200).nullish(),
});
const NumberFilterSchema = z.object({
  filterType: z.literal('number'),
  type: z.enum(['equals', 'notEqual', 'lessThan', 'lessThanOrEqual', 'greaterThan', 'greaterThanOrEqual', 'inRange', 'blank', 'notBlank']),
  filter: z.number().nullish(),
  filterTo: z.number().nullish(),
});
const SimpleFilterSchema = z.discriminatedUnion('filterType', [TextFilterSchema, NumberFilterSchema]);
const CombinedFilterSchema = z.object({
  filterType: z.enum(['text', 'number']),
  operator: z.enum(['AND', 'OR']),
  conditions: z.array(SimpleFilterSchema).min(1).max(10),
});
/** AG Grid's column filter model (text and number filters), translated to SQL in main/db. */
export const ColumnFilterSchema = z.union([CombinedFilterSchema, SimpleFilterSchema]);
export type ColumnFilter = z.infer<typeof ColumnFilterSchema>;
export type SimpleFilter = z.infer<typeof SimpleFilterSchema>;

export const ListQuerySchema = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
  /** Quick search: 姓名, 证件号码, 户编号 (and 户主姓名 for households). */
  search: z.string().max(100).optional(),
  sort: z.array(z.object({ colId: z.string().max(40), sort: z.enum(['asc', 'desc']) })).max(5).optional(),
  filters: z.record(z.string().max(40), ColumnFilterSchema).optional(),
  /** Also list removed households / members not 在户. */
  includeRemoved: z.boolean().optional(),
  /** Members of one household only. */
  householdId: Id.optional(),
});
export type ListQuery = z.input<typeof ListQuerySchema>;
