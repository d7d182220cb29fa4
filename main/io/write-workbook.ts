/**
 * Styled, print-ready sheets with ExcelJS: a title row, an optional note row, a bold bordered
 * header repeated on every printed page, A4 landscape, frozen header, every cell written as
 * text (IDs and phone numbers must never become numbers; a value starting with "=" stays text,
 * never a formula), and an optional footer (填表人/审核人/日期). No cell ever carries a control
 * character (exportCellText): Excel refuses a file whose XML holds one.
 */
import type ExcelJS from 'exceljs';
import { exportCellText } from './cell-text';

export interface SheetSpec {
  name: string;
  title: string;
  note?: string;
  headers: string[];
  rows: string[][];
  /** Column widths in characters; default from content. */
  widths?: (number | undefined)[];
  /** Columns (0-based) to highlight, e.g. the 错误说明 column. */
  highlight?: number[];
  footer?: string;
  /**
   * A grouped header row above the field row, one entry per column: equal neighbours are merged
   * into one group cell; null merges the column's own header over both rows.
   */
  groups?: (string | null)[];
}

const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return w;
}

/** Excel sheet names: ≤ 31 chars, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet1';
}

export function addStyledSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(safeSheetName(spec.name), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  const columns = spec.headers.length;
  sheet.columns = spec.headers.map((header, i) => {
    const sample = [header, ...spec.rows.slice(0, 200).map((r) => r[i] ?? '')];
    const width = spec.widths?.[i] ?? Math.min(60, Math.max(6, ...sample.map(displayWidth)) + 2);
    return { width, style: { numFmt: '@' } };
  });
  let rowNo = 1;
  const title = sheet.getRow(rowNo++);
  title.getCell(1).value = exportCellText(spec.title);
  title.font = { bold: true, size: 14 };
  title.height = 24;
  sheet.mergeCells(1, 1, 1, Math.max(1, columns));
  if (spec.note) {
    sheet.getRow(rowNo).getCell(1).value = exportCellText(spec.note);
    sheet.mergeCells(rowNo, 1, rowNo, Math.max(1, columns));
    rowNo++;
  }
  const groupRowNo = spec.groups ? rowNo++ : null;
  const headerRowNo = rowNo++;
  const header = sheet.getRow(headerRowNo);
  const styleHeader = (cell: ExcelJS.Cell) => {
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = BORDER;
  };
  spec.headers.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = exportCellText(h);
    styleHeader(cell);
  });
  if (spec.groups && groupRowNo !== null) addGroupRow(sheet, spec.groups, spec.headers, groupRowNo, styleHeader);
  // One style object per kind of data cell, shared by all of them: ExcelJS finds a style's id by
  // object identity first, so a style object per cell made it render every cell's style to XML to
  // look the id up (two thirds of writing a big sheet). Nothing changes a data cell's style later.
  const plain: Partial<ExcelJS.Style> = { numFmt: '@', border: BORDER, alignment: { vertical: 'top', wrapText: false } };
  const highlighted: Partial<ExcelJS.Style> = { numFmt: '@', border: BORDER, alignment: { vertical: 'top', wrapText: true }, font: { color: { argb: 'FFC00000' } } };
  const styles = spec.headers.map((_, i) => (spec.highlight?.includes(i) ? highlighted : plain));
  for (const values of spec.rows) {
    const row = sheet.getRow(rowNo++);
    for (let i = 0; i < columns; i++) {
      const cell = row.getCell(i + 1);
      cell.value = exportCellText(values[i] ?? '');
      cell.style = styles[i] ?? plain;
    }
  }
  if (spec.footer) {
    rowNo++;
    sheet.getRow(rowNo).getCell(1).value = exportCellText(spec.footer);
  }
  if (groupRowNo !== null) sheet.getRow(groupRowNo).height = 20;
  sheet.views = [{ state: 'frozen', ySplit: headerRowNo }];
  sheet.pageSetup.printTitlesRow = `1:${headerRowNo}`;
  return sheet;
}

function addGroupRow(sheet: ExcelJS.Worksheet, groups: (string | null)[], headers: string[], rowNo: number, style: (cell: ExcelJS.Cell) => void): void {
  const row = sheet.getRow(rowNo);
  headers.forEach((_, i) => style(row.getCell(i + 1)));
  for (let i = 0; i < headers.length; ) {
    const group = groups[i] ?? null;
    if (group === null) {
      // The column's own header fills both rows: value in the upper cell, merged down.
      row.getCell(i + 1).value = headers[i] ?? '';
      sheet.getRow(rowNo + 1).getCell(i + 1).value = null;
      sheet.mergeCells(rowNo, i + 1, rowNo + 1, i + 1);
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < headers.length && groups[end + 1] === group) end++;
    row.getCell(i + 1).value = group;
    if (end > i) sheet.mergeCells(rowNo, i + 1, rowNo, end + 1);
    i = end + 1;
  }
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
