/**
 * 导出为 Excel of a grid view: every row the view's list query matches — read page by page with the
 * very query the grid pages through (search, filters, sort), not only the rows loaded on screen —
 * in the view's columns and order, as one styled sheet (title, repeated header, A4 landscape).
 *
 * Cells are written as text (write-workbook.ts), so 证件号码 keep their 18 digits and a value such
 * as "=HYPERLINK(…)" stays text, never a formula. ID and phone columns are masked unless the clerk's
 * screen shows full numbers. Money (分 in the ledger) is written as 元 with two decimals.
 */
import ExcelJS from 'exceljs';
import type { ListQuery } from '../../shared/api/list-query-schema';
import { formatFieldValue } from '../../shared/domain/field-values';
import { isMaskedKind, maskFieldText } from '../../shared/domain/mask-numbers';
import { formatFen } from '../../shared/domain/money';
import { fieldSpec, type FieldKind, type FieldValue } from '../../shared/domain/records';
import { listHouseholds } from '../db/households';
import { listIncome } from '../db/income';
import { listMembers } from '../db/members';
import type { Db } from '../db/open';
import { addStyledSheet, workbookBytes } from '../io/write-workbook';

export type GridList = 'households.list' | 'members.list' | 'income.list';

export interface GridExportInput {
  list: GridList;
  query: Omit<ListQuery, 'offset' | 'limit'>;
  columns: { key: string; label: string }[];
  title: string;
  fullNumbers: boolean;
}

const PAGE = 1000;
/** A town ledger holds a few thousand households; this bound keeps a runaway export finite. */
const MAX_ROWS = 200_000;

const INCOME_MONEY = new Set([
  'wageIncome', 'businessIncome', 'propertyIncome', 'transferIncome', 'businessCost', 'claimIncome', 'selfPaidCost',
  'netIncomeStated', 'perCapitaStated', 'netIncome', 'perCapita',
]);
const INCOME_KINDS: Record<string, FieldKind> = { headIdNo: 'idNo' };

type Row = object;

function readPage(db: Db, list: GridList, query: ListQuery): { rows: Row[]; total: number } {
  if (list === 'households.list') return listHouseholds(db, query);
  if (list === 'members.list') return listMembers(db, query);
  return listIncome(db, query);
}

/** Every matching row, in the view's order. */
function readAll(db: Db, list: GridList, query: GridExportInput['query']): Row[] {
  const rows: Row[] = [];
  for (let offset = 0; offset < MAX_ROWS; offset += PAGE) {
    const page = readPage(db, list, { ...query, offset, limit: PAGE });
    rows.push(...page.rows);
    if (page.rows.length < PAGE || rows.length >= page.total) break;
  }
  return rows;
}

function kindOf(list: GridList, key: string): FieldKind | undefined {
  if (list === 'households.list') return fieldSpec('household', key)?.kind;
  if (list === 'members.list') return fieldSpec('member', key)?.kind;
  return INCOME_KINDS[key];
}

function cellText(list: GridList, key: string, value: unknown, fullNumbers: boolean): string {
  if (value === null || value === undefined) return '';
  if (list === 'income.list' && INCOME_MONEY.has(key) && typeof value === 'number') return formatFen(value);
  const text = typeof value === 'object' && !Array.isArray(value) ? '' : formatFieldValue(value as FieldValue);
  const kind = kindOf(list, key);
  return !fullNumbers && kind !== undefined && isMaskedKind(kind) ? maskFieldText(kind, text) : text;
}

function stamp(now: Date): { text: string; file: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}`;
  return { text: `${date} ${time}`, file: `${date.replace(/-/g, '')}-${time.replace(':', '')}` };
}

export async function exportGridView(db: Db, input: GridExportInput, now = new Date()) {
  const rows = readAll(db, input.list, input.query);
  const when = stamp(now);
  const workbook = new ExcelJS.Workbook();
  addStyledSheet(workbook, {
    name: input.title,
    title: input.title,
    note: `导出时间 ${when.text}，共 ${rows.length} 条${input.fullNumbers ? '' : '；证件号码和电话已按规定隐去中间位'}`,
    headers: input.columns.map((c) => c.label),
    rows: rows.map((row) => input.columns.map((c) => cellText(input.list, c.key, (row as Record<string, unknown>)[c.key], input.fullNumbers))),
  });
  const bytes = await workbookBytes(workbook);
  const safeTitle = input.title.replace(/[\\/:*?"<>|]/g, '_');
  return { fileName: `${safeTitle}-${when.file}.xlsx`, contentBase64: bytes.toString('base64'), rowCount: rows.length };
}
