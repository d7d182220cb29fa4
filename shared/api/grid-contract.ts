/**
 * API methods of the spreadsheet habits shared by every grid: a paste (fill, clear) written as one
 * undo step, and 导出为 Excel of a grid view read by the same list query the grid pages through.
 */
import { z } from 'zod';
import { FieldValueSchema } from './contract-values';
import { ListQuerySchema } from './list-query-schema';
import { IncomeValuesSchema } from './monitoring-contract';

const Id = z.number().int().positive();

/** The grids whose rows can be exported: the list method the grid pages through. */
export const GRID_LISTS = ['households.list', 'members.list', 'income.list'] as const;
export type GridList = (typeof GRID_LISTS)[number];

const RecordPatchSchema = z
  .object({
    id: Id,
    patch: z.record(z.string().max(40), FieldValueSchema).refine((p) => Object.keys(p).length > 0 && Object.keys(p).length <= 40, { message: '至少修改一个字段' }),
  })
  .strict();

const PatchManyResult = z.object({
  rows: z.array(z.record(z.string(), z.unknown())),
  problems: z.array(z.object({ id: Id, fields: z.array(z.string()), message: z.string() })),
  changedCells: z.number().int().min(0),
});

export const GRID_API = {
  /**
   * Many cells of many records in ONE change set (one 撤销 step): a paste from Excel, 向下填充,
   * clearing a selection. Each record is validated like a cell edit; refused records come back in
   * `problems` (Chinese message) and are not written, the rest are. Rows: the changed records.
   */
  'records.patchMany': {
    input: z
      .object({
        kind: z.enum(['household', 'member']),
        patches: z.array(RecordPatchSchema).min(1).max(5000),
        label: z.string().min(1).max(100).optional(),
      })
      .strict(),
    output: PatchManyResult,
  },
  /** The same for 收支: money cells (分) of many income records in ONE change set. */
  'income.patchMany': {
    input: z
      .object({
        patches: z
          .array(z.object({ id: Id, patch: IncomeValuesSchema.refine((p) => Object.keys(p).length > 0, { message: '至少修改一个字段' }) }).strict())
          .min(1)
          .max(5000),
        label: z.string().min(1).max(100).optional(),
      })
      .strict(),
    output: PatchManyResult,
  },
  /**
   * 导出为 Excel: every row the view's query matches (not only the loaded page), with the view's
   * columns in its order, as a styled workbook. ID and phone columns are masked unless `fullNumbers`.
   */
  'grid.exportXlsx': {
    input: z
      .object({
        list: z.enum(GRID_LISTS),
        query: ListQuerySchema.omit({ offset: true, limit: true }),
        columns: z
          .array(z.object({ key: z.string().max(40), label: z.string().max(60) }).strict())
          .min(1)
          .max(80),
        title: z.string().min(1).max(60),
        fullNumbers: z.boolean(),
      })
      .strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string(), rowCount: z.number().int() }),
  },
} as const;
