/**
 * The mapping step's model: which sheet column feeds which template field. The first guess comes
 * from the shared header matcher (the same aliases the automatic detection uses), or from the
 * server's detection when the clerk reopens a detected sheet with the same template and header
 * row. Checked here as the server will check it, so the clerk sees a problem before submitting.
 */
import type { ImportPreview } from '../../../shared/api/imports-contract';
import { headerIndex, matchCandidates } from '../../../shared/templates/header-text';
import type { TemplateSpec } from '../../../shared/templates/types';

type PreviewSheet = ImportPreview['sheets'][number];

/** Sheet column index → template key, or null for 不导入. */
export type ColumnMapping = Record<number, string | null>;

/** Header cells of a row of the sheet preview (1-based row, as Excel shows it). */
export function headerCells(sheet: PreviewSheet, headerRow: number): string[] {
  const width = sheet.firstRows.reduce((max, row) => Math.max(max, row.length), 0);
  const row = sheet.firstRows[headerRow - 1] ?? [];
  return Array.from({ length: width }, (_, i) => (row[i] ?? '').trim());
}

/** The first filled row below the header, as an example value per column. */
export function sampleCells(sheet: PreviewSheet, headerRow: number): string[] {
  const below = sheet.firstRows.slice(headerRow).find((row) => row.some((c) => c.trim() !== ''));
  return below ?? [];
}

export function guessMapping(sheet: PreviewSheet, template: TemplateSpec, headerRow: number): ColumnMapping {
  if (sheet.templateId === template.id && sheet.headerRow === headerRow && sheet.columns.length > 0) {
    return Object.fromEntries(sheet.columns.map((c) => [c.index, c.key]));
  }
  const index = headerIndex(template);
  const used = new Set<string>();
  const mapping: ColumnMapping = {};
  headerCells(sheet, headerRow).forEach((header, i) => {
    const column = header === '' ? null : matchCandidates(index, [header]);
    const free = column !== null && (column.kind === 'set' || !used.has(column.key));
    mapping[i] = free ? column.key : null;
    if (free) used.add(column.key);
  });
  return mapping;
}

export interface MappingCheck {
  /** Headers of required fields no column feeds. */
  missingRequired: string[];
  /** Headers of single-value fields chosen for two or more columns. */
  duplicated: string[];
  mappedCount: number;
}

export function checkMapping(template: TemplateSpec, mapping: ColumnMapping): MappingCheck {
  const uses = new Map<string, number>();
  for (const key of Object.values(mapping)) if (key !== null) uses.set(key, (uses.get(key) ?? 0) + 1);
  return {
    missingRequired: template.columns.filter((c) => c.required && !uses.has(c.key)).map((c) => c.header),
    duplicated: template.columns.filter((c) => c.kind !== 'set' && (uses.get(c.key) ?? 0) > 1).map((c) => c.header),
    mappedCount: [...uses.values()].reduce((a, b) => a + b, 0),
  };
}

/** The remap call's mapping: string column indexes, every column present (null = 不导入). */
export function mappingForApi(mapping: ColumnMapping): Record<string, string | null> {
  return Object.fromEntries(Object.entries(mapping).map(([index, key]) => [String(index), key]));
}

/**
 * Where the header probably is when nothing was detected: the first of the fullest rows among the
 * first rows (a title or 填报单位 line fills one or two cells, the header fills them all).
 */
export function likelyHeaderRow(sheet: PreviewSheet): number {
  let best = 0;
  let bestFilled = -1;
  sheet.firstRows.forEach((row, i) => {
    const filled = row.filter((c) => c.trim() !== '').length;
    if (filled > bestFilled) {
      best = i;
      bestFilled = filled;
    }
  });
  return best + 1;
}
