/**
 * Blank workbooks of the exchanged templates (shared/templates), for villages to fill in: a title
 * row, the header row exactly as the import expects it (the template's own headers, in its
 * order), then empty data rows prepared for typing — every column that holds an ID, a phone, a
 * month or a code is formatted as text '@' (so Excel never turns 440229… into 4.40229E+17 or
 * 2023-07 into a date), code-list columns carry a dropdown, widths fit the header, the header is
 * frozen. The dropdown values live on a hidden sheet 代码表: a list written inline in the
 * validation formula is limited to 255 characters, too short for 与户主关系 or 在校生状况.
 *
 * The import reads the filled file like any return: the title row is skipped by header detection.
 */
import ExcelJS from 'exceljs';
import { CODE_LISTS, type CodeListName } from '../../shared/domain/code-lists';
import { templateById } from '../../shared/templates';
import { BLANK_TEMPLATE_IDS, type BlankTemplateId } from '../../shared/templates/blank-templates';
import type { TemplateColumn, TemplateSpec } from '../../shared/templates/types';
import { ApiError } from '../../shared/api/errors';
import { safeSheetName, workbookBytes } from './write-workbook';

/** Data rows prepared with formats and dropdowns (a village return rarely exceeds a few hundred members). */
export const BLANK_ROWS = 500;
const TITLE_ROW = 1;
export const HEADER_ROW = 2;
const CODE_SHEET = '代码表';

const NUMERIC_KINDS = new Set(['money', 'number', 'int']);

/** What goes into each cell, shown as the header's note: the clerk's guide to the column. */
function columnHint(column: TemplateColumn): string {
  const parts: string[] = [];
  if (column.required) parts.push('必填');
  if (column.kind === 'idNo') parts.push('18 位证件号码，按文本填写');
  if (column.kind === 'phone') parts.push('手机号或带区号的固定电话');
  if (column.kind === 'period') parts.push('年月，如 2023-07');
  if (column.kind === 'date') parts.push('日期，如 2023-07-01');
  if (column.kind === 'money') parts.push('金额，单位元');
  if (column.kind === 'set') parts.push('可多选，用“、”分隔');
  else if (column.codeList) parts.push('从下拉列表中选择');
  return parts.join('；');
}

function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return w;
}

function columnWidth(column: TemplateColumn): number {
  if (column.kind === 'idNo') return 22;
  if (column.kind === 'phone') return 15;
  return Math.max(10, displayWidth(column.header) + 4);
}

function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * ExcelJS 4.4 keeps range validations in `worksheet.dataValidations` (written as one sqref per
 * range, instead of one entry per cell) but its typings only declare the per-cell form.
 */
function validations(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}

/** Writes each code list used by the template into one column of the hidden sheet; returns its range. */
function codeListRanges(workbook: ExcelJS.Workbook, template: TemplateSpec): Map<CodeListName, string> {
  const lists = [...new Set(template.columns.flatMap((c) => (c.codeList ? [c.codeList] : [])))];
  const ranges = new Map<CodeListName, string>();
  if (lists.length === 0) return ranges;
  const sheet = workbook.addWorksheet(CODE_SHEET, { state: 'veryHidden' });
  lists.forEach((name, i) => {
    const values: readonly string[] = CODE_LISTS[name];
    const letter = columnLetter(i);
    values.forEach((value, row) => {
      sheet.getCell(`${letter}${row + 1}`).value = value;
    });
    ranges.set(name, `'${CODE_SHEET}'!$${letter}$1:$${letter}$${values.length}`);
  });
  return ranges;
}

export function blankTemplateFileName(template: TemplateSpec, town: string | null): string {
  return `${town ?? ''}${template.name}（空白模板）.xlsx`.replace(/[\\/:*?"<>|]/g, '、');
}

export async function blankTemplateWorkbook(id: BlankTemplateId, town: string | null): Promise<{ fileName: string; bytes: Buffer }> {
  const template = templateById(id);
  if (!template) throw new ApiError('template.unknown', `没有名为“${id}”的模板`, { id });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '守底台账';
  const sheet = workbook.addWorksheet(safeSheetName(template.name), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
  });
  const ranges = codeListRanges(workbook, template);
  const columns = template.columns;
  sheet.columns = columns.map((column) => ({ width: columnWidth(column), style: NUMERIC_KINDS.has(column.kind) ? {} : { numFmt: '@' } }));

  const title = sheet.getRow(TITLE_ROW).getCell(1);
  title.value = `${town ?? ''}${template.name}`;
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, columns.length);

  const header = sheet.getRow(HEADER_ROW);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true, color: column.required ? { argb: 'FFC00000' } : { argb: 'FF000000' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    const hint = columnHint(column);
    if (hint) cell.note = hint;
  });
  header.height = 30;

  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + BLANK_ROWS;
  columns.forEach((column, i) => {
    const letter = columnLetter(i);
    const range = column.codeList ? ranges.get(column.codeList) : undefined;
    if (range !== undefined) {
      // A 'set' column may hold several values ("因病、因学"): the dropdown offers one, a warning allows more.
      const many = column.kind === 'set';
      validations(sheet).add(`${letter}${first}:${letter}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: true,
        errorStyle: many ? 'warning' : 'stop',
        errorTitle: column.header,
        error: many ? '可多选，多个值请用“、”分隔' : `请从下拉列表中选择“${column.header}”`,
      });
    } else if (column.kind !== 'set') {
      for (let row = first; row <= last; row++) sheet.getCell(`${letter}${row}`).numFmt = NUMERIC_KINDS.has(column.kind) ? '0.00' : '@';
    }
  });
  return { fileName: blankTemplateFileName(template, town), bytes: await workbookBytes(workbook) };
}

/** A kind named by its id (household-members) or its Chinese name (家庭成员信息表). */
export function templateIdOf(kind: string): BlankTemplateId | undefined {
  return BLANK_TEMPLATE_IDS.find((id) => id === kind || templateById(id)?.name === kind);
}
