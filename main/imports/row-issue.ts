/** What every parsed import row carries, whatever its template. */

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
