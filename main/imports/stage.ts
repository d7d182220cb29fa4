/**
 * Staging: a workbook read once -> each sheet's template and header row detected (or mapped by
 * the clerk, or by a mapping remembered for files of the same shape) -> rows parsed and
 * validated. The staged import keeps the parsed workbook in memory, so re-mapping works on it
 * without reading the file again; planning against the ledger always runs on clones of the
 * parsed rows, so it can be repeated (preview, then commit) without piling up issues.
 */
import { ApiError } from '../../shared/api/errors';
import { detectSheet, detectWithMapping, shapeKey, type Detection } from '../../shared/templates/detect';
import { COMMITTABLE_TEMPLATES, templateById } from '../../shared/templates';
import type { TemplateId } from '../../shared/templates/types';
import type { Db } from '../db/open';
import type { WorkbookText } from '../io/read-workbook';
import { DEPARTMENT_OF, parseDepartmentRow } from './department-rows';
import { parseEmploymentRow, parseHrRow, parseNeedsRow, parseReturneeRow } from './employment-rows';
import { parseIncomeRow } from './income-rows';
import { parseMemberRow, type MemberImportRow } from './member-rows';
import type { ImportRowBase } from './row-issue';

export interface StagedSheet {
  name: string;
  detection: Detection | null;
  /** How the detection came about. */
  detectedBy: 'headers' | 'remembered' | 'clerk' | null;
  rowCount: number;
}

export interface StagedImport {
  id: string;
  fileName: string;
  format: WorkbookText['format'];
  sha256: string;
  workbook: WorkbookText;
  sheetInfo: StagedSheet[];
  /** Template of the rows to commit (the first importable sheet's). */
  templateId: TemplateId | null;
  /** Sheets whose rows are staged. */
  sheets: string[];
  reportMonth: string | null;
  /** The month the clerk chose, which wins over what the file says. */
  chosenMonth: string | null;
  /** MemberImportRow[] or IncomeImportRow[], after templateId. */
  rows: ImportRowBase[];
}

export { COMMITTABLE_TEMPLATES };

function committable(detection: Detection | null): detection is Detection {
  return detection !== null && COMMITTABLE_TEMPLATES.includes(detection.template.id);
}

function parseRow(templateId: TemplateId, sheet: string, r: number, cells: string[], detection: Detection, fileMonth: string | null): ImportRowBase {
  switch (templateId) {
    case 'income':
      return parseIncomeRow(sheet, r, cells, detection, fileMonth);
    case 'employment':
      return parseEmploymentRow(sheet, r, cells, detection, fileMonth);
    case 'needs-sheet':
      return parseNeedsRow(sheet, r, cells, detection, fileMonth);
    case 'hr-feedback':
    case 'hr-feedback-counts':
      return parseHrRow(sheet, r, cells, detection, fileMonth);
    case 'returnees':
      return parseReturneeRow(sheet, r, cells, detection);
    case 'assistance-list':
    case 'insured-list':
    case 'disability-list':
      return parseDepartmentRow(DEPARTMENT_OF[templateId]!, sheet, r, cells, detection);
    default:
      return parseMemberRow(sheet, r, cells, detection);
  }
}

function rememberedDetection(db: Db, rows: string[][]): Detection | null {
  const lookup = db.prepare('SELECT template, mapping FROM import_mappings WHERE shape_key = ?');
  for (let r = 0; r < Math.min(rows.length, 30); r++) {
    const saved = lookup.get(shapeKey(rows[r] ?? [])) as { template: TemplateId; mapping: string } | undefined;
    const template = saved ? templateById(saved.template) : undefined;
    if (saved && template) return detectWithMapping(rows, template, r, JSON.parse(saved.mapping) as Record<number, string | null>);
  }
  return null;
}

function majorityMonth(rows: ImportRowBase[]): string | null {
  const counts = new Map<string, number>();
  for (const r of rows as (Partial<MemberImportRow> & { month?: string | null })[]) {
    const month = r.reportMonth ?? r.month;
    if (month) counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [month, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = month;
  return best;
}

/** Parse the rows of every sheet detected as the first committable template found. */
function parseRows(staged: Pick<StagedImport, 'workbook' | 'sheetInfo'>, fileMonth: string | null): { rows: ImportRowBase[]; sheets: string[]; templateId: TemplateId | null } {
  const rows: ImportRowBase[] = [];
  const sheets: string[] = [];
  let templateId: TemplateId | null = null;
  for (const info of staged.sheetInfo) {
    const detection = info.detection;
    if (!committable(detection)) continue;
    templateId ??= detection.template.id;
    if (detection.template.id !== templateId) continue;
    const sheet = staged.workbook.sheets.find((s) => s.name === info.name);
    if (!sheet) continue;
    sheets.push(info.name);
    for (let r = detection.dataStartRow; r < detection.dataEndRow; r++) {
      const cells = sheet.rows[r] ?? [];
      if (cells.every((c) => c.trim() === '')) continue;
      rows.push(parseRow(templateId, info.name, r, cells, detection, fileMonth));
    }
  }
  return { rows, sheets, templateId };
}

function finish(staged: Omit<StagedImport, 'rows' | 'sheets' | 'templateId' | 'reportMonth' | 'chosenMonth'>, chosenMonth: string | null): StagedImport {
  const titleMonth = staged.sheetInfo.find((s) => committable(s.detection))?.detection?.titleMonth ?? null;
  const { rows, sheets, templateId } = parseRows(staged, chosenMonth ?? titleMonth);
  const reportMonth = chosenMonth ?? majorityMonth(rows) ?? titleMonth;
  if (reportMonth) {
    for (const row of rows as MemberImportRow[]) {
      if (row.reportMonth && row.reportMonth !== reportMonth) {
        row.warnings.push({ sheet: row.sheet, row: row.row, column: '填报月份', code: 'import.month-differs', message: `本行填报月份为 ${row.reportMonth}，与文件的 ${reportMonth} 不同` });
      }
    }
  }
  return { ...staged, rows, sheets, templateId, reportMonth, chosenMonth };
}

/** The clerk names the report month: it wins over the file's, and rows are parsed again with it. */
export function withReportMonth(staged: StagedImport, month: string): StagedImport {
  return finish(staged, month);
}

export function stageWorkbook(db: Db, id: string, workbook: WorkbookText, options: { reportMonth?: string | null } = {}): StagedImport {
  // Detection first; row parsing (in finish) needs the month for income rows without 统计期.
  const sheetInfo: StagedSheet[] = workbook.sheets.map((sheet) => {
    const detected = detectSheet(sheet.rows);
    if (detected) return { name: sheet.name, detection: detected, detectedBy: 'headers', rowCount: sheet.rows.length };
    const remembered = rememberedDetection(db, sheet.rows);
    return { name: sheet.name, detection: remembered, detectedBy: remembered ? 'remembered' : null, rowCount: sheet.rows.length };
  });
  return finish({ id, fileName: workbook.fileName, format: workbook.format, sha256: workbook.sha256, workbook, sheetInfo }, options.reportMonth ?? null);
}

export interface RemapInput {
  sheet: string;
  templateId: TemplateId;
  /** 0-based header row. */
  headerRow: number;
  /** Column index -> template key (null = ignore). */
  mapping: Record<number, string | null>;
}

/** Apply a clerk's mapping to one sheet (no re-read), and remember it for files of the same shape. */
export function remapSheet(db: Db, staged: StagedImport, input: RemapInput): StagedImport {
  const sheet = staged.workbook.sheets.find((s) => s.name === input.sheet);
  const template = templateById(input.templateId);
  if (!sheet || !template) throw new ApiError('import.bad-mapping', '所选工作表或模板不存在，请重新选择');
  if (input.headerRow < 0 || input.headerRow >= sheet.rows.length) throw new ApiError('import.bad-mapping', '表头所在行超出了工作表范围');
  const detection = detectWithMapping(sheet.rows, template, input.headerRow, input.mapping);
  db.prepare('INSERT INTO import_mappings (shape_key, template, mapping, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (shape_key) DO UPDATE SET template = excluded.template, mapping = excluded.mapping, updated_at = excluded.updated_at').run(
    shapeKey(sheet.rows[input.headerRow] ?? []),
    template.id,
    JSON.stringify(input.mapping),
    new Date().toISOString(),
  );
  const sheetInfo = staged.sheetInfo.map((s) => (s.name === input.sheet ? { ...s, detection, detectedBy: 'clerk' as const } : s));
  return finish({ ...staged, sheetInfo }, staged.chosenMonth);
}
