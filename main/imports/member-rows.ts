/**
 * Rows of a 家庭成员信息表 (one member per row, household columns repeated) -> typed values with
 * their problems. Every cell goes through the same shared parsers the grid uses; a blank cell
 * means "not given" (it never clears a value already in the ledger). A row with an error is
 * rejected; a warning (e.g. a 性别 column that disagrees with the ID) is reported but kept.
 */
import { fieldSpec, storedFields, type FieldSpec, type FieldValue } from '../../shared/domain/records';
import { parseFieldValue } from '../../shared/domain/field-values';
import { birthDateOf, normalizeIdNumber, sexOf } from '../../shared/domain/id-number';
import { parseDateCell, parsePeriodCell } from '../../shared/domain/periods';
import type { Detection } from '../../shared/templates/detect';
import { scrubControlChars, type ImportRowBase, type RowIssue } from './row-issue';

export type { RowIssue } from './row-issue';

export interface Location {
  county: string | null;
  town: string | null;
  village: string | null;
  group: string | null;
}

export interface MemberImportRow extends ImportRowBase {
  householdNo: string | null;
  headIdNo: string | null;
  location: Location;
  household: Record<string, FieldValue>;
  member: Record<string, FieldValue>;
  reportMonth: string | null;
}

const LOCATION_KEYS = ['county', 'town', 'village', 'group'] as const;
/** Household fields an import may set (status is the ledger's own). */
const HOUSEHOLD_KEYS = new Set(storedFields('household').map((f) => f.key).filter((k) => k !== 'status' && k !== 'householdNo'));
const MEMBER_KEYS = new Set(storedFields('member').map((f) => f.key).filter((k) => k !== 'phone' && k !== 'disabilitySuffix'));

const MEMBER_COUNT_SPEC: FieldSpec = { key: 'memberCountStated', label: '家庭人口数', kind: 'int', editable: true, min: 0, max: 99 };
const MEMBER_PHONE_SPEC: FieldSpec = { ...(fieldSpec('member', 'phone') as FieldSpec), label: '本人联系电话' };

/** Where a template key lands: household, member, location, or a check-only column. */
function targetOf(key: string): { side: 'household' | 'member'; spec: FieldSpec; key: string } | null {
  if (HOUSEHOLD_KEYS.has(key)) return { side: 'household', spec: fieldSpec('household', key) as FieldSpec, key };
  if (key === 'memberCountStated') return { side: 'household', spec: MEMBER_COUNT_SPEC, key };
  if (MEMBER_KEYS.has(key)) return { side: 'member', spec: fieldSpec('member', key) as FieldSpec, key };
  if (key === 'memberPhone') return { side: 'member', spec: MEMBER_PHONE_SPEC, key: 'phone' };
  return null;
}

function parseCell(spec: FieldSpec, text: string): ReturnType<typeof parseFieldValue> {
  if (spec.kind === 'period') {
    const period = parsePeriodCell(text);
    return period ? { ok: true, value: period } : parseFieldValue(spec, text);
  }
  if (spec.kind === 'date') {
    const date = parseDateCell(text);
    return date ? { ok: true, value: date } : parseFieldValue(spec, text);
  }
  return parseFieldValue(spec, text);
}

/** Cells of one row grouped by template key (several 风险类型1…5 columns join into one). */
function cellsByKey(detection: Detection, cells: string[]): Map<string, { header: string; text: string }> {
  const byKey = new Map<string, { header: string; text: string }>();
  for (const column of detection.columns) {
    if (column.key === null) continue;
    const text = (cells[column.index] ?? '').trim();
    if (text === '') continue;
    const seen = byKey.get(column.key);
    byKey.set(column.key, seen ? { header: seen.header, text: `${seen.text}、${text}` } : { header: column.header, text });
  }
  return byKey;
}

export function parseMemberRow(sheet: string, rowIndex: number, rawCells: string[], detection: Detection): MemberImportRow {
  const row = rowIndex + 1;
  const scrubbed = scrubControlChars(sheet, row, rawCells, detection.columns);
  const cells = scrubbed.cells;
  const out: MemberImportRow = {
    sheet,
    row,
    cells,
    householdNo: null,
    headIdNo: null,
    location: { county: null, town: null, village: null, group: null },
    household: {},
    member: {},
    reportMonth: null,
    errors: [],
    warnings: scrubbed.warnings,
  };
  const issue = (list: RowIssue[], column: string, code: string, message: string) => list.push({ sheet, row, column, code, message });
  const values = cellsByKey(detection, cells);

  for (const [key, { header, text }] of values) {
    if ((LOCATION_KEYS as readonly string[]).includes(key)) {
      out.location[key as (typeof LOCATION_KEYS)[number]] = text.replace(/\s+/g, '');
    } else if (key === 'householdNo') {
      out.householdNo = text.replace(/^'/, '').replace(/\s+/g, '');
      if (/E\+/i.test(out.householdNo)) {
        issue(out.errors, header, 'import.household-no-lost-digits', `户编号“${text}”被 Excel 当作数字保存，末几位已丢失：请把该列设为“文本”后重新录入`);
      }
    } else if (key === 'idNo' || key === 'headIdNo') {
      const id = normalizeIdNumber(text);
      if (!id.ok) {
        issue(out.errors, header, id.code === 'id.lost-digits' ? 'import.id-number-lost-digits' : `import.${id.code}`, `${header}：${id.message}`);
      } else if (key === 'idNo') {
        out.member.idNo = id.idNo;
        if (id.disabilitySuffix) out.member.disabilitySuffix = id.disabilitySuffix;
      } else {
        out.headIdNo = id.idNo;
      }
    } else if (key === 'reportMonth') {
      out.reportMonth = parsePeriodCell(text);
      if (!out.reportMonth) issue(out.errors, header, 'import.bad-month', `“${header}”应为年月，如 2023-07 或 202307，现为“${text}”`);
    } else {
      const target = targetOf(key);
      if (!target) continue;
      const parsed = parseCell(target.spec, text);
      if (parsed.ok) (target.side === 'household' ? out.household : out.member)[target.key] = parsed.value;
      else issue(out.errors, header, 'import.bad-value', parsed.message.replace(`“${target.spec.label}”`, `“${header}”`));
    }
  }

  const idNo = typeof out.member.idNo === 'string' ? out.member.idNo : null;
  const idHeader = detection.columns.find((c) => c.key === 'idNo')?.header ?? '证件号码';
  if (!values.has('idNo')) issue(out.errors, idHeader, 'import.missing-id', '缺少证件号码：每位成员都必须有证件号码');
  if (!values.has('name')) issue(out.errors, '姓名', 'import.missing-name', '缺少姓名');
  if (!values.has('relation')) issue(out.errors, '与户主关系', 'import.missing-relation', '缺少与户主关系');
  if (idNo) {
    const sex = values.get('sex');
    if (sex && sex.text.replace(/性$/, '') !== sexOf(idNo)) {
      issue(out.warnings, sex.header, 'import.sex-differs-from-id', `性别填“${sex.text}”，但证件号码显示为${sexOf(idNo)}，以证件号码为准`);
    }
    const birth = values.get('birthDate');
    const birthIso = birth ? parseDateCell(birth.text) : null;
    if (birth && birthIso !== birthDateOf(idNo)) {
      issue(out.warnings, birth.header, 'import.birth-date-differs-from-id', `出生日期填“${birth.text}”，但证件号码显示为 ${birthDateOf(idNo)}，以证件号码为准`);
    }
    if (out.member.relation === '户主' && out.headIdNo === null) out.headIdNo = idNo;
  }
  if (out.householdNo === null && out.headIdNo === null && out.errors.length === 0) {
    issue(out.errors, '户编号', 'import.no-household-key', '无法确定该成员属于哪一户：请填写户编号或户主证件号码');
  }
  return out;
}
