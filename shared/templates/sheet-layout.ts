/**
 * The parts of a government sheet around its header: where the data rows start and end, and which
 * month a title row or a 填报日期 line names (domain.md §8).
 *
 * Data starts after the header row, skipping blank rows and a column-number row ("1 2 3 …",
 * "甲 乙 1 2"). It ends before the first footer row — 填表人/审核人/负责人/制表人/填报人 lines,
 * 联系电话：/备注：/注：/说明：/填报日期： lines, 合计/总计 rows — judged on the row's first three
 * non-empty cells, and before trailing blank rows.
 */
import { toHalfWidth } from '../domain/id-number';

const FOOTER_START = /^(?:填表人|审核人|负责人|制表人|填报人|审核|制表|填表|合计|总计|单位负责人|分管领导|(?:注|说明|备注)[:：])/;
const FOOTER_LABEL = /(?:填表人|审核人|负责人|制表人|填报人|联系电话|备注|(?:填报|填表|制表|报送)日期)[:：]/;
const NUMBERING_CELL = /^(?:\d{1,3}|[A-Za-z]{1,2}|[甲乙丙丁戊])$/;

function compact(cell: string | undefined): string {
  return cell === undefined ? '' : toHalfWidth(cell).replace(/[\s\u200b\u00a0]+/g, '');
}

export function isBlankRow(row: readonly string[] | undefined): boolean {
  return row === undefined || row.every((cell) => cell === undefined || cell.trim() === '');
}

function firstCells(row: readonly string[], count: number): string[] {
  const out: string[] = [];
  for (const cell of row) {
    const text = compact(cell);
    if (text !== '') out.push(text);
    if (out.length === count) break;
  }
  return out;
}

export function isFooterRow(row: readonly string[] | undefined): boolean {
  if (row === undefined) return false;
  return firstCells(row, 3).some((cell) => FOOTER_START.test(cell) || FOOTER_LABEL.test(cell));
}

/** A row of column numbers under the header (栏次): only short numbers/letters, at least three. */
function isNumberingRow(row: readonly string[]): boolean {
  const cells = row.map(compact).filter((c) => c !== '');
  return cells.length >= 3 && cells.every((c) => NUMBERING_CELL.test(c));
}

export function dataRange(rows: readonly (readonly string[])[], headerRow: number): { start: number; end: number } {
  let start = headerRow + 1;
  while (start < rows.length && (isBlankRow(rows[start]) || isNumberingRow(rows[start] ?? []))) start++;
  let end = start;
  let lastData = start - 1;
  for (; end < rows.length; end++) {
    const row = rows[end];
    if (isFooterRow(row)) break;
    if (!isBlankRow(row)) lastData = end;
  }
  return { start, end: Math.max(start, lastData + 1) };
}

const DATE_LABEL = /(?:填报|填表|制表|报送|上报|打印|导出)(?:日期|时间)[:：]?/;
const CHINESE_MONTH = /(\d{4})\s*年\s*(\d{1,2})\s*月/;
const NUMERIC_MONTH = /(?<!\d)(\d{4})\s*[-./]\s*(\d{1,2})(?!\d)/;

function monthIn(text: string): string | null {
  const m = CHINESE_MONTH.exec(text) ?? NUMERIC_MONTH.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 2000 || year > 2100 || month < 1 || month > 12) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

/** Month named by a cell: the title part (before any 填报日期 label) and the date part apart. */
function cellMonths(cell: string): { title: string | null; dated: string | null } {
  const text = toHalfWidth(cell);
  const label = DATE_LABEL.exec(text);
  if (!label) return { title: monthIn(text), dated: null };
  return { title: monthIn(text.slice(0, label.index)), dated: monthIn(text.slice(label.index)) };
}

/**
 * 'YYYY-MM' named above the header ("…2023年7月…台账", "统计期：2023年7月") or, failing that, by a
 * 填报日期 line above the header or below the data.
 */
export function findTitleMonth(
  rows: readonly (readonly string[])[],
  headerRow: number,
  dataEnd: number,
): string | null {
  let dated: string | null = null;
  const scan = (from: number, to: number, titles: boolean): string | null => {
    for (let r = from; r < to; r++) {
      for (const cell of rows[r] ?? []) {
        if (!cell) continue;
        const months = cellMonths(cell);
        if (titles && months.title) return months.title;
        dated ??= months.dated;
      }
    }
    return null;
  };
  const title = scan(0, headerRow, true);
  if (title) return title;
  scan(dataEnd, Math.min(rows.length, dataEnd + 10), false);
  return dated;
}
