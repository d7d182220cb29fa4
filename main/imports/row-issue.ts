/** What every parsed import row carries, whatever its template. */
import { stripControlChars } from '../io/cell-text';

export interface RowIssue {
  sheet: string;
  /** 1-based row number as Excel shows it. */
  row: number;
  /** The column's header in the village's file. */
  column: string;
  code: string;
  message: string;
}

export interface ImportRowBase {
  sheet: string;
  row: number;
  cells: string[];
  errors: RowIssue[];
  warnings: RowIssue[];
}

export type RowOutcome = 'inserted' | 'updated' | 'unchanged' | 'rejected';

/**
 * Cells of a row without invisible control characters (text pasted from another system can carry
 * them; they would end up in names and IDs and break exports). Tab and line feed stay: the field
 * parsers treat them as they always did. One warning per mapped column that had any, so the clerk
 * sees what was cleaned; the row itself is kept.
 */
export function scrubControlChars(sheet: string, row: number, cells: string[], columns: readonly { index: number; key: string | null; header: string }[]): { cells: string[]; warnings: RowIssue[] } {
  const warnings: RowIssue[] = [];
  // The row's own array unless a cell changes: a staged row shares its cells with the workbook.
  let cleaned: string[] | null = null;
  cells.forEach((text, i) => {
    const clean = stripControlChars(text, true).text;
    if (clean === text) return;
    cleaned ??= [...cells];
    cleaned[i] = clean;
  });
  if (cleaned === null) return { cells, warnings };
  for (const column of columns) {
    if (column.key === null) continue;
    if (cleaned[column.index] !== cells[column.index]) {
      warnings.push({ sheet, row, column: column.header, code: 'import.control-chars', message: `“${column.header}”含有看不见的控制字符（常见于从其他系统复制的内容），已自动删除，请核对该格内容` });
    }
  }
  return { cells: cleaned, warnings };
}
