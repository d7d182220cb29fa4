/**
 * Template and header-row detection for an imported sheet (conventions, habit 5; domain.md §8).
 *
 * Flow: for each of the first HEADER_SCAN_ROWS rows and each template, label every column of the
 * row and count the distinct template keys the labels match; the best (row, template) whose
 * labels include every `identifying` column wins (ties: the earlier row, then template order).
 * A column's label comes from its own cell and, when the row above looks like a header row (two
 * or more short cells, no "：" as in 填报单位：…), from that row too:
 *   - upper cell merged across a group ("两不愁三保障", "户主信息") → it is forward-filled over the
 *     group and tried as a prefix first ("户主" + "姓名" → 户主姓名), then the field alone;
 *   - own cell empty (merged vertically over two rows) → the upper cell is the header.
 * Title rows and 填报单位/填报日期 lines never match a header, so they are skipped naturally.
 * Several columns may map to one key only for 'set' columns (风险类型1…5); otherwise the first
 * column keeps the key and later duplicates stay unknown (null) for the clerk to map.
 *
 * Pure: rows are the text cells from main/io/read-workbook (row/column indexes are the sheet's).
 */
import { ApiError } from '../api/errors';
import { columnLetter, headerIndex, matchCandidates, normalizeHeader, type HeaderIndex } from './header-text';
import { TEMPLATES } from './index';
import { dataRange, findTitleMonth } from './sheet-layout';
import type { TemplateColumn, TemplateSpec } from './types';

export { normalizeHeader } from './header-text';

export const HEADER_SCAN_ROWS = 30;

export interface DetectedColumn {
  /** 0-based sheet column. */
  index: number;
  /** Template key, or null for a column the template does not know. */
  key: string | null;
  /** Header as the clerk sees it ("户主信息/姓名" under a group). */
  header: string;
}

export interface Detection {
  template: TemplateSpec;
  /** 0-based index of the field header row in rows. */
  headerRow: number;
  /** One per sheet column. */
  columns: DetectedColumn[];
  /** Keys of required template columns no sheet column maps to. */
  missingRequired: string[];
  dataStartRow: number;
  /** Exclusive; before footers and trailing blank rows. */
  dataEndRow: number;
  /** 'YYYY-MM' from a title row, else from a 填报日期 line; null if none. */
  titleMonth: string | null;
  /** Distinct template keys matched. */
  score: number;
}

type Rows = readonly (readonly string[])[];

interface ColumnLabel {
  header: string;
  candidates: string[];
}

function cellText(row: readonly string[] | undefined, c: number): string {
  return (row?.[c] ?? '').replace(/\s+/g, ' ').trim();
}

function sheetWidth(rows: Rows): number {
  return rows.reduce((max, row) => Math.max(max, row.length), 0);
}

/** A row that may carry group names or vertically merged headers above the field row. */
function isUpperHeaderRow(row: readonly string[] | undefined): boolean {
  if (!row) return false;
  const cells = row.map((c) => c.trim()).filter((c) => c !== '');
  return cells.length >= 2 && cells.every((c) => !/[:：]/.test(c) && c.length <= 30);
}

function labelColumns(rows: Rows, r: number, width: number): ColumnLabel[] {
  const row = rows[r];
  const upper = r > 0 && isUpperHeaderRow(rows[r - 1]) ? rows[r - 1] : undefined;
  const labels: ColumnLabel[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const own = cellText(row, c);
    const above = upper ? cellText(upper, c) : '';
    if (above !== '') group = above;
    if (own === '') {
      // Merged vertically over both rows: the upper cell is this column's header, not a group.
      labels.push({ header: above, candidates: above === '' ? [] : [above] });
      group = '';
      continue;
    }
    if (upper === undefined || group === '' || group === own) {
      labels.push({ header: own, candidates: [own] });
      continue;
    }
    const stem = group.replace(/(?:基本情况|基本信息|信息|情况|状况)$/, '');
    const candidates = [group + own, ...(stem !== '' && stem !== group ? [stem + own] : []), own];
    labels.push({ header: `${group}/${own}`, candidates });
  }
  return labels;
}

interface Assignment {
  keys: (string | null)[];
  distinct: Set<string>;
  ownMatches: number;
}

function assign(index: HeaderIndex, labels: readonly ColumnLabel[], row: readonly string[] | undefined): Assignment {
  const keys: (string | null)[] = [];
  const distinct = new Set<string>();
  let ownMatches = 0;
  for (let c = 0; c < labels.length; c++) {
    const column: TemplateColumn | null = matchCandidates(index, labels[c]?.candidates ?? []);
    if (column === null || (distinct.has(column.key) && column.kind !== 'set')) {
      keys.push(null);
      continue;
    }
    keys.push(column.key);
    distinct.add(column.key);
    if (cellText(row, c) !== '') ownMatches++;
  }
  return { keys, distinct, ownMatches };
}

function buildDetection(rows: Rows, template: TemplateSpec, headerRow: number, labels: readonly ColumnLabel[], keys: readonly (string | null)[]): Detection {
  const distinct = new Set(keys.filter((k): k is string => k !== null));
  const { start, end } = dataRange(rows, headerRow);
  return {
    template,
    headerRow,
    columns: labels.map((label, index) => ({ index, key: keys[index] ?? null, header: label.header })),
    missingRequired: template.columns.filter((col) => col.required && !distinct.has(col.key)).map((col) => col.key).filter((k, i, all) => all.indexOf(k) === i),
    dataStartRow: start,
    dataEndRow: end,
    titleMonth: findTitleMonth(rows, headerRow, end),
    score: distinct.size,
  };
}

/** Finds the template and header row of a sheet; null when no template's identifying columns are all there. */
export function detectSheet(rows: Rows, templates: readonly TemplateSpec[] = TEMPLATES): Detection | null {
  const width = sheetWidth(rows);
  let best: { template: TemplateSpec; row: number; labels: ColumnLabel[]; keys: (string | null)[]; score: number } | null = null;
  const scanRows = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < scanRows; r++) {
    const labels = labelColumns(rows, r, width);
    for (const template of templates) {
      const { keys, distinct, ownMatches } = assign(headerIndex(template), labels, rows[r]);
      if (ownMatches === 0) continue;
      if (!template.columns.every((col) => !col.identifying || distinct.has(col.key))) continue;
      if (best === null || distinct.size > best.score) best = { template, row: r, labels, keys, score: distinct.size };
    }
  }
  return best === null ? null : buildDetection(rows, best.template, best.row, best.labels, best.keys);
}

/**
 * A Detection from the clerk's own choice of header row and column keys (sheet column index →
 * template key or null). Columns absent from the mapping are unknown. Refuses keys the template
 * does not have and a key chosen for two columns (unless it is a multi-column 'set' field).
 */
export function detectWithMapping(
  rows: Rows,
  template: TemplateSpec,
  headerRow: number,
  mapping: Record<number, string | null>,
): Detection {
  if (!Number.isInteger(headerRow) || headerRow < 0 || headerRow >= rows.length) {
    throw new ApiError('import.bad-mapping', `表头行（第 ${headerRow + 1} 行）不在表格范围内（共 ${rows.length} 行），请重新选择表头所在行`, { headerRow });
  }
  const width = Math.max(sheetWidth(rows), ...Object.keys(mapping).map((k) => Number(k) + 1));
  const labels = labelColumns(rows, headerRow, width);
  const keys: (string | null)[] = labels.map(() => null);
  const firstColumnOf = new Map<string, number>();
  for (const [indexText, key] of Object.entries(mapping)) {
    const index = Number(indexText);
    if (key === null) continue;
    const column = template.columns.find((col) => col.key === key);
    if (!Number.isInteger(index) || index < 0 || column === undefined) {
      throw new ApiError('import.bad-mapping', `“${template.name}”没有字段“${key}”，无法对应到第 ${columnLetter(Math.max(index, 0))} 列，请重新选择`, { index, key });
    }
    const earlier = firstColumnOf.get(key);
    if (earlier !== undefined && column.kind !== 'set') {
      throw new ApiError(
        'import.bad-mapping',
        `第 ${columnLetter(earlier)} 列和第 ${columnLetter(index)} 列都对应“${column.header}”：一个字段只能对应一列（风险类型等多选字段除外），请取消其中一列`,
        { key, columns: [earlier, index] },
      );
    }
    if (earlier === undefined) firstColumnOf.set(key, index);
    keys[index] = key;
  }
  return buildDetection(rows, template, headerRow, labels, keys);
}

/** Stable key of a header shape, to remember a clerk's mapping for files laid out the same way. */
export function shapeKey(headers: readonly string[]): string {
  const normalized = headers.map(normalizeHeader);
  while (normalized.length > 0 && normalized[normalized.length - 1] === '') normalized.pop();
  return normalized.join('|');
}

/**
 * The text of one data row by template key; several columns of one key (风险类型1…5) are joined
 * with "、", skipping blanks. Unknown columns are left out.
 */
export function rowFields(detection: Detection, row: readonly string[]): Record<string, string> {
  const parts = new Map<string, string[]>();
  for (const column of detection.columns) {
    if (column.key === null) continue;
    const text = (row[column.index] ?? '').trim();
    const list = parts.get(column.key) ?? [];
    if (text !== '') list.push(text);
    parts.set(column.key, list);
  }
  const out: Record<string, string> = {};
  for (const [key, list] of parts) out[key] = list.join('、');
  return out;
}
