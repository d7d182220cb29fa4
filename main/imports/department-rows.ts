/**
 * Rows of the department lists (民政 assistance-list, 医保 insured-list, 残联 disability-list) ->
 * one person each, keyed by 证件号码, with the values the list table stores. 救助类型 is normalised
 * to 低保 · 特困 · 临时救助 (民政 spellings such as 城乡低保、农村特困供养 included); a 残疾类别 the
 * ledger's code list knows is stored in the ledger's spelling, else the row warns and stores none.
 */
import { normalizeCodeValue } from '../../shared/domain/field-values';
import { normalizeIdNumber } from '../../shared/domain/id-number';
import { parseDateCell, parsePeriodCell } from '../../shared/domain/periods';
import { rowFields, type Detection } from '../../shared/templates/detect';
import type { TemplateId } from '../../shared/templates/types';
import type { ImportRowBase } from './row-issue';

export type Department = '民政' | '医保' | '残联';

export const DEPARTMENT_OF: Partial<Record<TemplateId, Department>> = { 'assistance-list': '民政', 'insured-list': '医保', 'disability-list': '残联' };

export interface DepartmentImportRow extends ImportRowBase {
  department: Department;
  idNo: string | null;
  name: string | null;
  /** 民政: 救助类型 list; 医保: 参保险种; 残联: 残疾类别. */
  kind: string[] | string | null;
  /** 医保: 参保状态; 残联: 残疾等级. */
  detail: string | null;
  startDate: string | null;
  headers: Record<string, string>;
}

const ASSISTANCE_SPELLINGS: [type: string, pattern: RegExp][] = [
  ['低保', /低保|最低生活保障/],
  ['特困', /特困|五保|供养/],
  ['临时救助', /临时/],
];

export function assistanceTypes(raw: string): string[] {
  return ASSISTANCE_SPELLINGS.filter(([, pattern]) => pattern.test(raw)).map(([type]) => type);
}

export function parseDepartmentRow(department: Department, sheet: string, r: number, cells: string[], detection: Detection): DepartmentImportRow {
  const fields = rowFields(detection, cells);
  const headers: Record<string, string> = {};
  for (const c of detection.columns) if (c.key !== null && !(c.key in headers)) headers[c.key] = c.header;
  const row: DepartmentImportRow = { sheet, row: r + 1, cells, errors: [], warnings: [], department, idNo: null, name: null, kind: null, detail: null, startDate: null, headers };
  const text = (key: string) => (fields[key] ?? '').trim() || null;
  const issue = (key: string, code: string, message: string) => ({ sheet, row: r + 1, column: headers[key] ?? key, code, message });

  const idText = text('idNo');
  if (idText === null) row.errors.push(issue('idNo', 'import.missing-id', '缺少证件号码：名单按证件号码比对，请补填'));
  else {
    const id = normalizeIdNumber(idText);
    if (id.ok) row.idNo = id.idNo;
    else row.errors.push(issue('idNo', id.code === 'id.lost-digits' ? 'import.id-number-lost-digits' : `import.${id.code}`, `${headers.idNo ?? '证件号码'}：${id.message}`));
  }
  row.name = text('name');

  if (department === '民政') {
    const raw = text('assistanceType');
    const types = raw === null ? [] : assistanceTypes(raw);
    if (raw === null) row.errors.push(issue('assistanceType', 'import.missing-value', '缺少救助类型：应为低保、特困或临时救助'));
    else if (types.length === 0) row.errors.push(issue('assistanceType', 'import.bad-value', `救助类型“${raw}”无法识别：应为低保、特困或临时救助`));
    row.kind = types;
  } else if (department === '医保') {
    row.kind = text('insuranceKind');
    row.detail = text('insuredStatus');
  } else {
    const raw = text('disabilityKind');
    const kind = raw === null ? null : normalizeCodeValue('disabilityType', raw);
    if (raw !== null && kind === null) row.warnings.push(issue('disabilityKind', 'import.unknown-disability-type', `残疾类别“${raw}”无法识别（应为视力、听力、言语、肢体、智力、精神或多重），按未填处理`));
    row.kind = kind;
    row.detail = text('disabilityGrade');
  }
  const start = text('startDate');
  if (start !== null) {
    row.startDate = parseDateCell(start) ?? parsePeriodCell(start);
    if (row.startDate === null) row.warnings.push(issue('startDate', 'import.bad-date', `“${headers.startDate ?? '起始时间'}”应为日期或年月，现为“${start}”，按未填处理`));
  }
  return row;
}
