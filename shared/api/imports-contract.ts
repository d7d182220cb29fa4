/**
 * API methods of the import (village returns, platform exports): stage a workbook, preview and
 * page through its changes, map an unknown layout, commit as one batch, undo a batch, download the
 * error receipt, and the village submission board.
 */
import { z } from 'zod';
import { FieldValueSchema } from './contract-values';

const RowIssueSchema = z.object({ sheet: z.string(), row: z.number().int(), column: z.string(), code: z.string(), message: z.string() });
export type RowIssueShape = z.infer<typeof RowIssueSchema>;

const CountsSchema = z.object({
  read: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
});

const TEMPLATE_IDS = z.enum(['household-members', 'income', 'assistance-list', 'employment', 'hr-feedback', 'hr-feedback-counts', 'needs-sheet', 'returnees', 'insured-list', 'disability-list']);

export const ImportPreviewSchema = z.object({
  sessionId: z.string(),
  fileName: z.string(),
  format: z.enum(['xlsx', 'xls', 'csv', 'ods']),
  sha256: z.string(),
  templateId: TEMPLATE_IDS.nullable(),
  templateName: z.string().nullable(),
  reportMonth: z.string().nullable(),
  sheets: z.array(
    z.object({
      name: z.string(),
      templateId: TEMPLATE_IDS.nullable(),
      templateName: z.string().nullable(),
      detectedBy: z.enum(['headers', 'remembered', 'clerk']).nullable(),
      /** 1-based, as Excel shows it. */
      headerRow: z.number().int().nullable(),
      rowCount: z.number().int(),
      columns: z.array(z.object({ index: z.number().int(), header: z.string(), key: z.string().nullable() })),
      missingRequired: z.array(z.string()),
      firstRows: z.array(z.array(z.string())),
    }),
  ),
  counts: CountsSchema,
  households: z.object({ new: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }),
  missingMembers: z.number().int(),
  changeCount: z.number().int(),
  errors: z.array(RowIssueSchema),
  errorCount: z.number().int(),
  warnings: z.array(RowIssueSchema),
  warningCount: z.number().int(),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportChangeSchema = z.object({
  kind: z.enum(['new-household', 'household-changed', 'new-member', 'member-changed', 'member-moved', 'member-missing', 'new-income', 'income-changed', 'new-employment', 'employment-changed', 'new-service', 'new-returnee', 'returnee-changed', 'new-list-entry', 'list-entry-changed', 'list-entry-removed']),
  householdNo: z.string(),
  village: z.string().nullable(),
  name: z.string().nullable(),
  idNo: z.string().nullable(),
  row: z.number().int().nullable(),
  fields: z.array(z.object({ key: z.string(), label: z.string(), old: FieldValueSchema, new: FieldValueSchema })),
});
export type ImportChange = z.infer<typeof ImportChangeSchema>;

export const ImportBatchSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  template: z.string(),
  sheet: z.string(),
  village: z.string().nullable(),
  reportMonth: z.string().nullable(),
  counts: CountsSchema,
  actor: z.string(),
  createdAt: z.string(),
  status: z.enum(['committed', 'undone']),
  undoneAt: z.string().nullable(),
});
export type ImportBatch = z.infer<typeof ImportBatchSchema>;

const SessionId = z.string().min(1).max(64);
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const IMPORT_API = {
  /** Read a workbook (base64 bytes, ≤ 60 MB), detect its sheets, validate its rows, plan against the ledger. */
  'imports.stage': {
    input: z
      .object({
        fileName: z.string().min(1).max(255),
        contentBase64: z.string().min(1).max(80_000_000),
        reportMonth: Month.optional(),
        /** Chosen by the caller so that imports.cancel can stop the reading while it runs. */
        sessionId: z.string().uuid().optional(),
      })
      .strict(),
    output: ImportPreviewSchema,
  },
  /** Re-plan a staged import against the ledger as it is now. */
  'imports.preview': { input: z.object({ sessionId: SessionId }).strict(), output: ImportPreviewSchema },
  /** Page through the changes of a staged import. */
  'imports.changes': {
    input: z.object({ sessionId: SessionId, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100), kind: ImportChangeSchema.shape.kind.optional() }).strict(),
    output: z.object({ rows: z.array(ImportChangeSchema), total: z.number().int() }),
  },
  /** Map a sheet by hand (template, header row, column -> field); remembered for files of the same shape. */
  'imports.remap': {
    input: z
      .object({
        sessionId: SessionId,
        sheet: z.string().max(100),
        templateId: TEMPLATE_IDS,
        headerRow: z.number().int().min(1),
        mapping: z.record(z.string().regex(/^\d+$/), z.string().max(40).nullable()),
      })
      .strict(),
    output: ImportPreviewSchema,
  },
  /** Set the report month when the file does not say it. */
  'imports.setMonth': { input: z.object({ sessionId: SessionId, reportMonth: Month }).strict(), output: ImportPreviewSchema },
  /** Commit as one batch. Rejected rows block it unless acceptValid. */
  'imports.commit': {
    input: z.object({ sessionId: SessionId, acceptValid: z.boolean().default(false) }).strict(),
    output: z.object({ batchId: z.number().int(), counts: CountsSchema }),
  },
  /** Drop a staged import, or stop one still being read. */
  'imports.cancel': { input: z.object({ sessionId: SessionId }).strict(), output: z.object({ cancelled: z.boolean() }) },
  /** The error receipt (错误回执) of a staged import as an .xlsx (base64). */
  'imports.receipt': {
    input: z.object({ sessionId: SessionId }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string(), rows: z.number().int() }),
  },
  /** Import history, newest first. */
  'imports.list': {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.array(ImportBatchSchema),
  },
  /** Undo a batch: the ledger returns exactly to how it was before it. */
  'imports.undo': { input: z.object({ batchId: z.number().int().positive() }).strict(), output: ImportBatchSchema },
  /** Which villages sent the month's return, and when, against the deadline. */
  'imports.board': {
    input: z.object({ month: Month }).strict(),
    output: z.object({
      month: z.string(),
      deadline: z.string(),
      villages: z.array(
        z.object({ village: z.string(), status: z.enum(['on-time', 'late', 'missing']), submittedAt: z.string().nullable(), batchId: z.number().int().nullable() }),
      ),
    }),
  },
} as const;
