/**
 * Rows of a 收入情况表 (one household × 统计期 per row) -> fen values with their problems. The
 * household is named by 户编号 or 户主证件号码; the 统计期 comes from its column, else from the
 * file's report month. Stated totals are kept to compare with the shared formula, never trusted.
 */
import { parseYuanToFen } from '../../shared/domain/money';
import { normalizeIdNumber, toHalfWidth } from '../../shared/domain/id-number';
import { parsePeriodCell } from '../../shared/domain/periods';
import type { Detection } from '../../shared/templates/detect';
import type { IncomeValues } from '../db/income';
import { scrubControlChars, type ImportRowBase, type RowIssue } from './row-issue';

export interface IncomeImportRow extends ImportRowBase {
  householdNo: string | null;
  headIdNo: string | null;
  period: string | null;
  values: IncomeValues;
  /** Sub-items given by the row (fen), by name. */
  subItems: Record<string, number>;
}

const MONEY_KEYS = new Set(['wageIncome', 'businessIncome', 'propertyIncome', 'transferIncome', 'businessCost', 'claimIncome', 'selfPaidCost', 'netIncomeStated', 'perCapitaStated']);

export function parseIncomeRow(sheet: string, rowIndex: number, rawCells: string[], detection: Detection, fileMonth: string | null): IncomeImportRow {
  const scrubbed = scrubControlChars(sheet, rowIndex + 1, rawCells, detection.columns);
  const cells = scrubbed.cells;
  const out: IncomeImportRow = { sheet, row: rowIndex + 1, cells, householdNo: null, headIdNo: null, period: null, values: {}, subItems: {}, errors: [], warnings: scrubbed.warnings };
  const issue = (column: string, code: string, message: string) => out.errors.push({ sheet, row: out.row, column, code, message } satisfies RowIssue);
  for (const column of detection.columns) {
    if (column.key === null) continue;
    const text = (cells[column.index] ?? '').trim();
    if (text === '') continue;
    const key = column.key;
    if (key === 'householdNo') out.householdNo = text.replace(/^'/, '').replace(/\s+/g, '');
    else if (key === 'headIdNo') {
      const id = normalizeIdNumber(text);
      if (id.ok) out.headIdNo = id.idNo;
      else issue(column.header, id.code === 'id.lost-digits' ? 'import.id-number-lost-digits' : `import.${id.code}`, `${column.header}：${id.message}`);
    } else if (key === 'period') {
      out.period = parsePeriodCell(text);
      if (!out.period) issue(column.header, 'import.bad-month', `“${column.header}”应为年月，如 2023-07 或 202307，现为“${text}”`);
    } else if (MONEY_KEYS.has(key)) {
      const money = parseYuanToFen(text);
      if (!money.ok) issue(column.header, 'import.bad-money', `“${column.header}”：${money.message}`);
      else if (money.fen < 0 && key !== 'netIncomeStated' && key !== 'perCapitaStated') issue(column.header, 'import.negative-money', `“${column.header}”不能为负数，现为“${text}”`);
      else out.values[key as keyof IncomeValues] = money.fen;
    } else if (key.startsWith('sub:')) {
      const money = parseYuanToFen(text);
      if (!money.ok || money.fen < 0) issue(column.header, 'import.bad-money', `“${column.header}”应为不小于 0 的金额（元），现为“${text}”`);
      else out.subItems[key.slice(4)] = money.fen;
    } else if (key === 'memberCountStated') {
      const n = Number(toHalfWidth(text).replace(/[人口\s]/g, ''));
      if (Number.isInteger(n) && n >= 0) out.values.memberCountStated = n;
      else issue(column.header, 'import.bad-value', `“${column.header}”应为整数，现为“${text}”`);
    }
  }
  out.period ??= fileMonth;
  if (out.period === null && out.errors.length === 0) issue('统计期', 'import.missing-period', '缺少统计期：请在文件中加“统计期”列，或在导入时选择报送月份');
  if (out.householdNo === null && out.headIdNo === null && out.errors.length === 0) issue('户主证件号码', 'import.no-household-key', '无法确定是哪一户：请填写户编号或户主证件号码');
  return out;
}
