/**
 * Quarters as `YYYYQn` (2023Q3): the quarter-end export and the quarterly deadlines of the
 * calendar (domain.md §5–6) speak in them.
 */

export interface Quarter {
  /** 2023Q3 */
  id: string;
  year: number;
  /** 1–4 */
  index: number;
  /** First and last month, YYYY-MM. */
  firstMonth: string;
  lastMonth: string;
  /** First and last day, YYYY-MM-DD. */
  start: string;
  end: string;
}

const QUARTER_RE = /^(\d{4})Q([1-4])$/;
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'];

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The quarter named `2023Q3` (also `2023q3`, `2023-Q3`), or null. */
export function parseQuarter(raw: string): Quarter | null {
  const m = QUARTER_RE.exec(raw.trim().toUpperCase().replace('-', ''));
  if (!m) return null;
  const year = Number(m[1]);
  const index = Number(m[2]);
  if (year < 2000 || year > 2100) return null;
  const first = (index - 1) * 3 + 1;
  return {
    id: `${year}Q${index}`,
    year,
    index,
    firstMonth: `${year}-${pad2(first)}`,
    lastMonth: `${year}-${pad2(first + 2)}`,
    start: `${year}-${pad2(first)}-01`,
    end: `${year}-${LAST_DAY[index - 1] ?? '12-31'}`,
  };
}

/** The quarter a YYYY-MM or YYYY-MM-DD falls in. */
export function quarterContaining(dateOrMonth: string): Quarter {
  const year = Number(dateOrMonth.slice(0, 4));
  const month = Number(dateOrMonth.slice(5, 7));
  return parseQuarter(`${year}Q${Math.floor((month - 1) / 3) + 1}`) as Quarter;
}

/** 2023Q3 -> 2023年第三季度 */
export function formatQuarter(quarter: Quarter): string {
  return `${quarter.year}年第${['一', '二', '三', '四'][quarter.index - 1] ?? ''}季度`;
}

/** The quarter after this one. */
export function nextQuarter(quarter: Quarter): Quarter {
  return parseQuarter(quarter.index === 4 ? `${quarter.year + 1}Q1` : `${quarter.year}Q${quarter.index + 1}`) as Quarter;
}
