/**
 * Rows of the employment workbooks (shared/templates/employment.ts) -> typed values with their
 * problems. One parser per template; the 人社就业帮扶反馈表 comes in two shapes (two template specs)
 * — one row per service event (服务日期 + 服务类型) or one row per person with counts (就业指导/
 * 就业培训/岗位推荐 次数) — and both plan into service events. As everywhere in the import, a blank cell never
 * clears a value: only what the file gives is compared and written.
 */
import {
  EMPLOYMENT_CHANNELS,
  quarterOfDate,
  quarterSpan,
  RETURN_ORIGINS,
  RETURN_REASONS,
  RETURNEE_STATUSES,
  SERVICE_KINDS,
  WORK_REGIONS,
  normalizeChoice,
} from '../../shared/domain/employment';
import { normalizeIdNumber, toHalfWidth } from '../../shared/domain/id-number';
import { parseYuanToFen } from '../../shared/domain/money';
import { parseDateCell, parsePeriodCell } from '../../shared/domain/periods';
import { rowFields, type Detection } from '../../shared/templates/detect';
import type { ImportRowBase } from './row-issue';

type Values = Record<string, string | number | null>;

export interface PersonRow extends ImportRowBase {
  idNo: string | null;
  name: string | null;
  /** Header of each key as the file names it, for messages. */
  headers: Record<string, string>;
}

export interface EmploymentImportRow extends PersonRow {
  month: string | null;
  values: Values;
}
export interface NeedsImportRow extends PersonRow {
  quarter: string | null;
  values: Values;
}
export interface ServiceEventImportRow extends PersonRow {
  shape: 'events';
  values: { date: string | null; kind: string | null; employer: string | null; post: string | null; project: string | null; result: string | null };
}
export interface ServiceCountImportRow extends PersonRow {
  shape: 'counts';
  quarter: string | null;
  counts: { guidance?: number; training?: number; recommendations?: number };
  statedMet: string | null;
}
export type HrImportRow = ServiceEventImportRow | ServiceCountImportRow;
export interface ReturneeImportRow extends PersonRow {
  values: Values;
}

const YES_NO = ['是', '否'] as const;


class RowReader<T extends PersonRow> {
  readonly fields: Record<string, string>;
  constructor(
    readonly out: T,
    detection: Detection,
    cells: string[],
  ) {
    this.fields = rowFields(detection, cells);
    for (const c of detection.columns) if (c.key !== null && !(c.key in out.headers)) out.headers[c.key] = c.header;
    const idText = this.fields.idNo ?? '';
    if (idText === '') this.error('idNo', 'import.missing-id', '缺少证件号码：无法确定是哪一位劳动力');
    else {
      const id = normalizeIdNumber(idText);
      if (id.ok) out.idNo = id.idNo;
      else this.error('idNo', id.code === 'id.lost-digits' ? 'import.id-number-lost-digits' : `import.${id.code}`, `${this.header('idNo')}：${id.message}`);
    }
    out.name = this.text('name');
  }

  header(key: string): string {
    return this.out.headers[key] ?? key;
  }

  error(key: string, code: string, message: string): void {
    this.out.errors.push({ sheet: this.out.sheet, row: this.out.row, column: this.header(key), code, message });
  }

  warn(key: string, code: string, message: string): void {
    this.out.warnings.push({ sheet: this.out.sheet, row: this.out.row, column: this.header(key), code, message });
  }

  /** Trimmed text, or undefined when blank. */
  text(key: string): string | null {
    const t = (this.fields[key] ?? '').trim();
    return t === '' ? null : t;
  }

  choice(key: string, list: readonly string[]): string | undefined {
    const t = this.text(key);
    if (t === null) return undefined;
    const value = normalizeChoice(list, t);
    if (value === null) this.error(key, 'import.bad-value', `“${this.header(key)}”应为 ${list.join('、')} 之一，现为“${t}”`);
    return value ?? undefined;
  }

  month(key: string): string | undefined {
    const t = this.text(key);
    if (t === null) return undefined;
    const value = parsePeriodCell(t);
    if (value === null) this.error(key, 'import.bad-month', `“${this.header(key)}”应为年月，如 2023-07 或 202307，现为“${t}”`);
    return value ?? undefined;
  }

  /** A date, or a month when only the month is known (返乡时间 2023-08). */
  dateOrMonth(key: string): string | undefined {
    const t = this.text(key);
    if (t === null) return undefined;
    const date = parseDateCell(t);
    if (date) return date;
    const month = parsePeriodCell(t);
    if (month) return month;
    this.error(key, 'import.bad-date', `“${this.header(key)}”应为日期或年月，如 2023-08-15 或 2023-08，现为“${t}”`);
    return undefined;
  }

  int(key: string, max: number): number | undefined {
    const t = this.text(key);
    if (t === null) return undefined;
    const n = Number(toHalfWidth(t).replace(/[次个月\s]/g, ''));
    if (!Number.isInteger(n) || n < 0 || n > max) {
      this.error(key, 'import.bad-value', `“${this.header(key)}”应为 0 到 ${max} 的整数，现为“${t}”`);
      return undefined;
    }
    return n;
  }

  fen(key: string): number | undefined {
    const t = this.text(key);
    if (t === null) return undefined;
    const money = parseYuanToFen(t);
    if (!money.ok || money.fen < 0) {
      this.error(key, 'import.bad-money', `“${this.header(key)}”应为不小于 0 的金额（元），现为“${t}”`);
      return undefined;
    }
    return money.fen;
  }

  /** A quarter from its column (2023Q3, 2023年第三季度, a month in it), else from the file's month. */
  quarter(fileMonth: string | null): string | null {
    const t = this.text('quarter');
    if (t !== null) {
      const text = toHalfWidth(t).replace(/\s+/g, '');
      const direct = quarterSpan(text)?.quarter;
      const chinese = /^(\d{4})年?第?([一二三四1-4])季度?$/.exec(text);
      const month = parsePeriodCell(text);
      const found = direct ?? (chinese ? `${chinese[1]}Q${'一二三四'.indexOf(chinese[2]!) + 1 || chinese[2]}` : month ? quarterOfDate(month) : null);
      if (found && quarterSpan(found)) return quarterSpan(found)!.quarter;
      this.error('quarter', 'import.bad-quarter', `“${this.header('quarter')}”应写成 2023Q3 或 2023年第三季度，现为“${t}”`);
      return null;
    }
    if (fileMonth) return quarterOfDate(fileMonth);
    this.error('quarter', 'import.missing-quarter', '缺少季度：请在文件中加“季度”列，或在导入时选择报送月份');
    return null;
  }
}

function base(sheet: string, rowIndex: number, cells: string[]): PersonRow {
  return { sheet, row: rowIndex + 1, cells, errors: [], warnings: [], idNo: null, name: null, headers: {} };
}

/** Put a parsed value into `values` when the cell gave one. */
function put(values: Values, key: string, value: string | number | null | undefined): void {
  if (value !== undefined && value !== null) values[key] = value;
}

export function parseEmploymentRow(sheet: string, rowIndex: number, cells: string[], detection: Detection, fileMonth: string | null): EmploymentImportRow {
  const out: EmploymentImportRow = { ...base(sheet, rowIndex, cells), month: null, values: {} };
  const r = new RowReader(out, detection, cells);
  out.month = r.month('reportMonth') ?? fileMonth;
  if (out.month === null && out.errors.length === 0) r.error('reportMonth', 'import.missing-period', '缺少填报月份：请在文件中加“填报月份”列，或在导入时选择报送月份');
  const v = out.values;
  put(v, 'employed', r.choice('employed', YES_NO));
  put(v, 'region', r.choice('region', WORK_REGIONS));
  for (const key of ['workProvince', 'workCity', 'workCounty', 'employer', 'trainingKind', 'wishedJob', 'wishedRegion']) put(v, key, r.text(key));
  put(v, 'channel', r.choice('channel', EMPLOYMENT_CHANNELS));
  put(v, 'startMonth', r.month('startMonth'));
  put(v, 'monthsWorked', r.int('monthsWorked', 12));
  put(v, 'monthlyWageFen', r.fen('monthlyWage'));
  put(v, 'transportSubsidyFen', r.fen('transportSubsidy'));
  put(v, 'jobNeed', r.choice('jobNeed', YES_NO));
  put(v, 'trainingNeed', r.choice('trainingNeed', YES_NO));
  if (v.employed === '是' && v.monthsWorked === 0) r.warn('monthsWorked', 'import.employed-no-months', '已务工但务工时间为 0 个月，请核对');
  const wage = v.monthlyWageFen;
  if (typeof wage === 'number' && wage > 0 && wage < 10_000) r.warn('monthlyWage', 'import.wage-implausible', `月均收入 ${wage / 100} 元过低，是否把“元”写成了“百元”或“千元”？请核对`);
  return out;
}

/** 需求类型 "就业、培训" -> 就业需求/培训需求 是/否. */
function needFlags(text: string): { jobNeed: string; trainingNeed: string } {
  return { jobNeed: /就业|求职|务工/.test(text) ? '是' : '否', trainingNeed: /培训/.test(text) ? '是' : '否' };
}

export function parseNeedsRow(sheet: string, rowIndex: number, cells: string[], detection: Detection, fileMonth: string | null): NeedsImportRow {
  const out: NeedsImportRow = { ...base(sheet, rowIndex, cells), quarter: null, values: {} };
  const r = new RowReader(out, detection, cells);
  out.quarter = r.quarter(fileMonth);
  const kinds = r.text('needKinds');
  if (kinds === null) r.error('needKinds', 'import.missing-need', '缺少需求类型：应为“就业”“培训”或“就业、培训”');
  else {
    const flags = needFlags(kinds);
    if (flags.jobNeed === '否' && flags.trainingNeed === '否') r.error('needKinds', 'import.bad-value', `需求类型应为“就业”“培训”或“就业、培训”，现为“${kinds}”`);
    Object.assign(out.values, flags);
  }
  for (const key of ['trainingKind', 'wishedJob', 'wishedRegion']) put(out.values, key, r.text(key));
  return out;
}

export function parseHrRow(sheet: string, rowIndex: number, cells: string[], detection: Detection, fileMonth: string | null): HrImportRow {
  if (detection.template.id === 'hr-feedback') {
    const out: ServiceEventImportRow = { ...base(sheet, rowIndex, cells), shape: 'events', values: { date: null, kind: null, employer: null, post: null, project: null, result: null } };
    const r = new RowReader(out, detection, cells);
    const dateText = r.text('serviceDate');
    out.values.date = dateText === null ? null : parseDateCell(dateText);
    if (dateText === null) r.error('serviceDate', 'import.missing-date', '缺少服务日期');
    else if (out.values.date === null) r.error('serviceDate', 'import.bad-date', `“${r.header('serviceDate')}”应为日期，如 2023-08-15，现为“${dateText}”`);
    out.values.kind = r.choice('serviceKind', SERVICE_KINDS) ?? null;
    if (r.text('serviceKind') === null) r.error('serviceKind', 'import.missing-kind', `缺少服务类型：应为 ${SERVICE_KINDS.join('、')} 之一`);
    for (const key of ['employer', 'post', 'project', 'result'] as const) out.values[key] = r.text(key);
    if (out.values.kind === '岗位推荐' && (!out.values.employer || !out.values.post)) r.error('employer', 'import.recommendation-incomplete', '岗位推荐要写明推荐单位和推荐岗位');
    return out;
  }
  const out: ServiceCountImportRow = { ...base(sheet, rowIndex, cells), shape: 'counts', quarter: null, counts: {}, statedMet: null };
  const r = new RowReader(out, detection, cells);
  out.quarter = r.quarter(fileMonth);
  const guidance = r.int('guidanceCount', 99);
  const training = r.int('trainingCount', 99);
  const recommendations = r.int('recommendationCount', 99);
  if (guidance !== undefined) out.counts.guidance = guidance;
  if (training !== undefined) out.counts.training = training;
  if (recommendations !== undefined) out.counts.recommendations = recommendations;
  out.statedMet = r.choice('met', YES_NO) ?? null;
  return out;
}

export function parseReturneeRow(sheet: string, rowIndex: number, cells: string[], detection: Detection): ReturneeImportRow {
  const out: ReturneeImportRow = { ...base(sheet, rowIndex, cells), values: {} };
  const r = new RowReader(out, detection, cells);
  const v = out.values;
  const returnDate = r.dateOrMonth('returnDate');
  if (returnDate === undefined && r.text('returnDate') === null) r.error('returnDate', 'import.missing-date', '缺少返乡时间');
  put(v, 'returnDate', returnDate);
  for (const key of ['originPlace', 'originEmployer', 'wishedJob', 'wishedRegion', 'reemployEmployer', 'note']) put(v, key, r.text(key));
  put(v, 'originRegion', r.choice('originRegion', RETURN_ORIGINS));
  put(v, 'reason', r.choice('reason', RETURN_REASONS));
  put(v, 'jobWish', r.choice('jobWish', YES_NO));
  put(v, 'trainingWish', r.choice('trainingWish', YES_NO));
  put(v, 'reemployDate', r.dateOrMonth('reemployDate'));
  put(v, 'reemployMode', r.choice('reemployMode', EMPLOYMENT_CHANNELS));
  put(v, 'leftAgainMonth', r.month('leftAgainMonth'));
  put(v, 'status', r.choice('status', RETURNEE_STATUSES));
  if (v.status === '已再就业' && v.reemployDate === undefined) r.error('reemployDate', 'import.reemploy-missing', '状态为“已再就业”时，请填写再就业时间');
  return out;
}
