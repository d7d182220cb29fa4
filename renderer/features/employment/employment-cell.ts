/**
 * What a clerk types into a 就业台账 cell, checked before anything is saved. Yes/no, 开始时间,
 * 务工时间(月) and the free texts go through the shared field parser (the one the dispatcher and
 * the imports run); 务工区域 and 就业渠道 are matched against the shared employment code lists with
 * the same tolerance (full width, ①/(1) prefixes, spaces); money is typed in 元 and kept in fen like
 * the 收支 grid. Each editable column is one `EmploymentCellSpec`.
 */
import { EMPLOYMENT_CHANNELS, WORK_REGIONS } from '../../../shared/domain/employment';
import { formatFieldValue, parseFieldValue } from '../../../shared/domain/field-values';
import { toHalfWidth } from '../../../shared/domain/id-number';
import type { FieldSpec } from '../../../shared/domain/records';
import { moneyText, parseMoneyCell } from '../income/money-cell';

export type EmploymentKey =
  | 'employed'
  | 'region'
  | 'workProvince'
  | 'workCity'
  | 'workCounty'
  | 'employer'
  | 'channel'
  | 'startMonth'
  | 'monthsWorked'
  | 'monthlyWageFen'
  | 'transportSubsidyFen'
  | 'jobNeed'
  | 'trainingNeed'
  | 'trainingKind'
  | 'wishedJob'
  | 'wishedRegion';

export type CellValue = string | number | null;
export type CellParse = { ok: true; value: CellValue } | { ok: false; message: string };

export interface EmploymentCellSpec {
  key: EmploymentKey;
  label: string;
  width: number;
  /** Choices for the cell's select editor. */
  choices?: readonly string[];
  money?: boolean;
  /** Longest text the API takes for this field. */
  maxLength?: number;
  parse(raw: unknown): CellParse;
  /** What the cell shows and the editor starts from. */
  text(value: CellValue): string;
}

const DECORATION = /^\s*(?:[\u2460-\u2473]|[(（]\s*\d+\s*[)）]|\d+\s*[.、．:：])\s*/;

/** Short spellings villages use for the longer channel names. */
const CHANNEL_ALIASES: Record<string, string> = {
  公益岗位: '公益性岗位',
  帮扶车间: '帮扶车间/乡村振兴车间',
  乡村振兴车间: '帮扶车间/乡村振兴车间',
  就业帮扶车间: '帮扶车间/乡村振兴车间',
};

function choiceOf(label: string, choices: readonly string[], aliases: Record<string, string>, raw: unknown): CellParse {
  const text = toHalfWidth(raw === null || raw === undefined ? '' : String(raw)).replace(DECORATION, '').replace(/\s+/g, '');
  if (text === '') return { ok: true, value: null };
  if (choices.includes(text)) return { ok: true, value: text };
  const alias = aliases[text];
  if (alias !== undefined) return { ok: true, value: alias };
  return { ok: false, message: `“${label}”的值“${String(raw).trim()}”不在可选值中（可选：${choices.join('、')}）` };
}

function viaField(spec: FieldSpec, maxLength?: number): (raw: unknown) => CellParse {
  return (raw) => {
    const parsed = parseFieldValue(spec, raw);
    if (!parsed.ok) return parsed;
    const value = parsed.value;
    if (Array.isArray(value)) return { ok: true, value: value.join('、') };
    if (maxLength !== undefined && typeof value === 'string' && value.length > maxLength) {
      return { ok: false, message: `“${spec.label}”最多 ${maxLength} 字，现有 ${value.length} 字` };
    }
    return { ok: true, value };
  };
}

const plain = (value: CellValue) => formatFieldValue(value);

function yesNo(key: EmploymentKey, label: string, width: number): EmploymentCellSpec {
  const spec: FieldSpec = { key, label, kind: 'enum', codeList: 'yesNo', editable: true };
  return { key, label, width, choices: ['是', '否'], parse: viaField(spec), text: plain };
}

function text(key: EmploymentKey, label: string, width: number, maxLength: number): EmploymentCellSpec {
  const spec: FieldSpec = { key, label, kind: 'text', editable: true };
  return { key, label, width, maxLength, parse: viaField(spec, maxLength), text: plain };
}

function money(key: EmploymentKey, label: string, width: number): EmploymentCellSpec {
  return {
    key,
    label,
    width,
    money: true,
    parse(raw) {
      const parsed = parseMoneyCell(label, raw);
      if (!parsed.ok) return parsed;
      // The employment API takes at most 100 万元 for one month's figure.
      if (parsed.fen !== null && parsed.fen > 100_000_000) return { ok: false, message: `“${label}”超过 100 万元，请检查是否多输了位数` };
      return { ok: true, value: parsed.fen };
    },
    text: (value) => (typeof value === 'number' ? moneyText(value) : ''),
  };
}

export const EMPLOYMENT_CELLS: readonly EmploymentCellSpec[] = [
  yesNo('employed', '是否务工', 84),
  {
    key: 'region',
    label: '务工区域',
    width: 100,
    choices: WORK_REGIONS,
    parse: (raw) => choiceOf('务工区域', WORK_REGIONS, {}, raw),
    text: plain,
  },
  text('workProvince', '务工所在省', 96, 30),
  text('workCity', '务工所在市', 96, 30),
  text('workCounty', '务工所在县', 96, 30),
  text('employer', '务工单位', 160, 100),
  {
    key: 'channel',
    label: '就业渠道',
    width: 150,
    choices: EMPLOYMENT_CHANNELS,
    parse: (raw) => choiceOf('就业渠道', EMPLOYMENT_CHANNELS, CHANNEL_ALIASES, raw),
    text: plain,
  },
  { key: 'startMonth', label: '开始时间', width: 92, parse: viaField({ key: 'startMonth', label: '开始时间', kind: 'period', editable: true }), text: plain },
  {
    key: 'monthsWorked',
    label: '务工时间(月)',
    width: 96,
    parse: viaField({ key: 'monthsWorked', label: '务工时间(月)', kind: 'int', editable: true, min: 0, max: 12 }),
    text: plain,
  },
  money('monthlyWageFen', '月均收入(元)', 110),
  money('transportSubsidyFen', '交通费补助(元)', 120),
  yesNo('jobNeed', '就业需求', 84),
  yesNo('trainingNeed', '培训需求', 84),
  text('trainingKind', '培训需求类型', 110, 50),
  text('wishedJob', '意向工种', 100, 50),
  text('wishedRegion', '意向区域', 100, 50),
];
