/**
 * The 政策标准 form ↔ the shared Policy. The form holds what the clerk typed (元 as text, numbers
 * as text, warning-line months as 01–12 within the form's year); `formToPolicy` parses it back to
 * fen and integers and names each problem under its field, in Chinese. Consistency across
 * fields (overlapping warning lines, 劳动年龄 下限 < 上限) is left to the server, whose message the
 * form shows.
 *
 * The ranges and the 低保 product come from shared/domain/policy.ts, the same the API schema uses.
 */
import { formatFen, parseYuanToFen } from '../../../shared/domain/money';
import { lineFromDibao, MAX_WARNING_LINES, POLICY_INT_RANGES, type Policy, type WarningLine } from '../../../shared/domain/policy';

export interface WarningLineForm {
  /** Keeps a row's React identity while rows above it are removed. */
  rowId: number;
  fromMonth: string;
  toMonth: string;
  line: string;
  basis: string;
}

export interface PolicyForm {
  year: string;
  monitoringLine: string;
  warningLines: WarningLineForm[];
  perCapitaDivisor: Policy['perCapitaDivisor'];
  labourAgeMin: string;
  labourAgeMax: string;
  monthlyDeadlineDay: string;
  quarterlyNeedsDay: string;
  heavySelfPaid: string;
  identificationDays: string;
  measureWithinMonths: string;
  guidance: string;
  training: string;
  recommendations: string;
  publicNoticeDays: string;
}

export type IntField = 'year' | 'labourAgeMin' | 'labourAgeMax' | 'monthlyDeadlineDay' | 'quarterlyNeedsDay' | 'identificationDays' | 'measureWithinMonths' | 'guidance' | 'training' | 'recommendations' | 'publicNoticeDays';
export type MoneyField = 'monitoringLine' | 'heavySelfPaid';

export const FIELD_LABELS: Record<IntField | MoneyField, string> = {
  year: '年度',
  monitoringLine: '监测线',
  heavySelfPaid: '合规自付重负担线',
  labourAgeMin: '劳动年龄下限',
  labourAgeMax: '劳动年龄上限',
  monthlyDeadlineDay: '月报截止日',
  quarterlyNeedsDay: '季度需求报送日',
  identificationDays: '识别时限',
  measureWithinMonths: '帮扶措施时限',
  guidance: '就业指导次数',
  training: '就业培训次数',
  recommendations: '岗位推荐次数',
  publicNoticeDays: '公示天数',
};

export const INT_RANGES: Record<IntField, { min: number; max: number }> = POLICY_INT_RANGES;
const MAX_BASIS = 100;
/** The contract's ceiling for an amount: 1 亿元. */
const MAX_FEN = 10_000_000_000;

let nextRowId = 1;

function lineToForm(line: WarningLine): WarningLineForm {
  return { rowId: nextRowId++, fromMonth: line.from.slice(5, 7), toMonth: line.to.slice(5, 7), line: formatFen(line.lineFen), basis: line.basis ?? '' };
}

export function emptyWarningLine(): WarningLineForm {
  return { rowId: nextRowId++, fromMonth: '01', toMonth: '12', line: '', basis: '' };
}

export function policyToForm(p: Policy): PolicyForm {
  return {
    year: String(p.year),
    monitoringLine: formatFen(p.monitoringLineFen),
    warningLines: p.warningLines.map(lineToForm),
    perCapitaDivisor: p.perCapitaDivisor,
    labourAgeMin: String(p.labourAgeMin),
    labourAgeMax: String(p.labourAgeMax),
    monthlyDeadlineDay: String(p.monthlyDeadlineDay),
    quarterlyNeedsDay: String(p.quarterlyNeedsDay),
    heavySelfPaid: formatFen(p.heavySelfPaidFen),
    identificationDays: String(p.identificationDays),
    measureWithinMonths: String(p.measureWithinMonths),
    guidance: String(p.serviceTargets.guidance),
    training: String(p.serviceTargets.training),
    recommendations: String(p.serviceTargets.recommendations),
    publicNoticeDays: String(p.publicNoticeDays),
  };
}

export type FormResult = { ok: true; policy: Policy } | { ok: false; errors: Record<string, string> };

function parseWhole(label: string, text: string, range: { min: number; max: number }): number | string {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return `“${label}”应为整数，现为“${text}”`;
  const n = Number(trimmed);
  return n < range.min || n > range.max ? `“${label}”应在 ${range.min}–${range.max} 之间，现为 ${n}` : n;
}

function parseMoney(label: string, text: string): number | string {
  if (text.trim() === '') return `请填写“${label}”（元）`;
  const parsed = parseYuanToFen(text);
  if (!parsed.ok) return `“${label}”应为金额（元），如 10420 或 10420.00，现为“${text}”`;
  if (parsed.fen < 0 || parsed.fen > MAX_FEN) return `“${label}”应在 0 至 1 亿元之间`;
  return parsed.fen;
}

export function formToPolicy(form: PolicyForm): FormResult {
  const errors: Record<string, string> = {};
  const ints = {} as Record<IntField, number>;
  for (const field of Object.keys(INT_RANGES) as IntField[]) {
    const value = parseWhole(FIELD_LABELS[field], form[field], INT_RANGES[field]);
    if (typeof value === 'string') errors[field] = value;
    else ints[field] = value;
  }
  const money = {} as Record<MoneyField, number>;
  for (const field of ['monitoringLine', 'heavySelfPaid'] as const) {
    const value = parseMoney(FIELD_LABELS[field], form[field]);
    if (typeof value === 'string') errors[field] = value;
    else money[field] = value;
  }
  if (form.warningLines.length > MAX_WARNING_LINES) errors.warningLines = `预警线最多 ${MAX_WARNING_LINES} 段`;
  const lines: WarningLine[] = [];
  form.warningLines.forEach((row, i) => {
    const lineFen = parseMoney(`第 ${i + 1} 段预警线`, row.line);
    if (typeof lineFen === 'string') errors[`line.${i}.line`] = lineFen;
    if (row.fromMonth > row.toMonth) errors[`line.${i}.months`] = `第 ${i + 1} 段预警线的起始月份晚于结束月份`;
    if (row.basis.trim().length > MAX_BASIS) errors[`line.${i}.basis`] = `依据最多 ${MAX_BASIS} 字`;
    if (typeof lineFen === 'number') {
      const basis = row.basis.trim();
      lines.push({ from: `${form.year}-${row.fromMonth}`, to: `${form.year}-${row.toMonth}`, lineFen, ...(basis === '' ? {} : { basis }) });
    }
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    policy: {
      year: ints.year,
      monitoringLineFen: money.monitoringLine,
      warningLines: lines,
      perCapitaDivisor: form.perCapitaDivisor,
      labourAgeMin: ints.labourAgeMin,
      labourAgeMax: ints.labourAgeMax,
      monthlyDeadlineDay: ints.monthlyDeadlineDay,
      quarterlyNeedsDay: ints.quarterlyNeedsDay,
      heavySelfPaidFen: money.heavySelfPaid,
      identificationDays: ints.identificationDays,
      measureWithinMonths: ints.measureWithinMonths,
      serviceTargets: { guidance: ints.guidance, training: ints.training, recommendations: ints.recommendations },
      publicNoticeDays: ints.publicNoticeDays,
    },
  };
}

export function latestPolicy(policies: readonly Policy[]): Policy | null {
  return policies.reduce<Policy | null>((best, p) => (best === null || p.year > best.year ? p : best), null);
}

/** 新增年度: the latest year's values for the next year, its warning lines moved to that year. */
export function nextYearDraft(latest: Policy): Policy {
  const year = latest.year + 1;
  const move = (period: string) => `${year}${period.slice(4)}`;
  return { ...latest, year, warningLines: latest.warningLines.map((l) => ({ ...l, from: move(l.from), to: move(l.to) })) };
}

/** The first year of an empty policy table: nothing to copy, so every value is typed. */
export function blankForm(year: number): PolicyForm {
  return {
    year: String(year),
    monitoringLine: '',
    warningLines: [],
    perCapitaDivisor: '家庭人口数',
    labourAgeMin: '',
    labourAgeMax: '',
    monthlyDeadlineDay: '',
    quarterlyNeedsDay: '',
    heavySelfPaid: '',
    identificationDays: '',
    measureWithinMonths: '',
    guidance: '',
    training: '',
    recommendations: '',
    publicNoticeDays: '',
  };
}

export type DibaoResult = { ok: true; lineFen: number; basis: string } | { ok: false; message: string };

/** "1.5 × 低保标准 7200 元" → 10800.00 元, with the basis text the warnings will quote. */
export function dibaoLine(factorText: string, dibaoText: string): DibaoResult {
  const factor = Number(factorText.trim());
  if (factorText.trim() === '' || !Number.isFinite(factor) || factor <= 0 || factor > 10) return { ok: false, message: '倍数应为大于 0 的数，如 1.5' };
  const dibao = parseYuanToFen(dibaoText);
  if (!dibao.ok || dibao.fen <= 0) return { ok: false, message: '低保标准应为金额（元/人/年），如 7200' };
  return { ok: true, lineFen: lineFromDibao(factor, dibao.fen), basis: `${factor} × 低保标准 ${formatFen(dibao.fen).replace(/\.00$/, '')} 元` };
}

/** What the clerk typed, without row identities: equal signatures mean nothing to save. */
export function formSignature(form: PolicyForm): string {
  return JSON.stringify({ ...form, warningLines: form.warningLines.map(({ rowId: _rowId, ...line }) => line) });
}
