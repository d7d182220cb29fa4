/**
 * One parser per field kind, shared by the grid cell (renderer), the dispatcher (main) and, later,
 * the import. A raw value may be what a clerk typed, a pasted string or an API value; the result is
 * the canonical stored value or a Chinese message saying what is wrong and what is expected.
 */
import { CODE_ALIASES, CODE_LISTS, type CodeListName } from './code-lists';
import { normalizeIdNumber, toHalfWidth } from './id-number';
import { parseDate, parsePeriod } from './periods';
import type { FieldSpec, FieldValue } from './records';

export type ParseResult = { ok: true; value: FieldValue } | { ok: false; message: string };

const ENUM_DECORATION = /^\s*(?:[\u2460-\u2473]|[(（]\s*\d+\s*[)）]|\d+\s*[.、．:：])\s*/;
const SET_SEPARATORS = /[,，、;；/|\s]+/;

/** Canonical label of a code-list value, tolerating ①/(1)/1. prefixes, width and aliases. */
export function normalizeCodeValue(list: CodeListName, raw: string): string | null {
  const text = toHalfWidth(raw).replace(ENUM_DECORATION, '').replace(/\s+/g, '').trim();
  const labels: readonly string[] = CODE_LISTS[list];
  if (labels.includes(text)) return text;
  const alias = CODE_ALIASES[list]?.[text];
  if (alias !== undefined) return alias;
  return null;
}

function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '') || (Array.isArray(raw) && raw.length === 0);
}

function choices(list: CodeListName): string {
  return CODE_LISTS[list].join('、');
}

function parseSet(spec: FieldSpec, raw: unknown): ParseResult {
  const list = spec.codeList as CodeListName;
  const parts = Array.isArray(raw) ? raw.map(String) : String(raw).split(SET_SEPARATORS);
  const found = new Set<string>();
  for (const part of parts) {
    if (part.trim() === '') continue;
    const label = normalizeCodeValue(list, part);
    if (label === null) return { ok: false, message: `“${spec.label}”中的“${part.trim()}”不在可选值中（可选：${choices(list)}）` };
    found.add(label);
  }
  if (spec.maxItems !== undefined && found.size > spec.maxItems) {
    return { ok: false, message: `“${spec.label}”最多填 ${spec.maxItems} 项，现有 ${found.size} 项` };
  }
  // Order-insensitive: store in code-list order so equal sets compare equal.
  const ordered = CODE_LISTS[list].filter((label) => found.has(label));
  return { ok: true, value: ordered.length === 0 ? null : [...ordered] };
}

function parseInt10(spec: FieldSpec, raw: unknown): ParseResult {
  const text = toHalfWidth(String(raw)).replace(/[,\s]/g, '').replace(/[年人户个]$/, '');
  if (!/^-?\d+$/.test(text)) return { ok: false, message: `“${spec.label}”应为整数，现为“${String(raw)}”` };
  const n = Number(text);
  if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
    return { ok: false, message: `“${spec.label}”应在 ${spec.min ?? '…'}–${spec.max ?? '…'} 之间，现为 ${n}` };
  }
  return { ok: true, value: n };
}

function parsePhone(spec: FieldSpec, raw: unknown): ParseResult {
  const text = toHalfWidth(String(raw)).replace(/[\s-]/g, '').replace(/^'/, '');
  if (/^1[3-9]\d{9}$/.test(text)) return { ok: true, value: text };
  const landline = /^(0\d{2,3})(\d{7,8})$/.exec(text);
  if (landline) return { ok: true, value: `${landline[1]}-${landline[2]}` };
  return { ok: false, message: `“${spec.label}”应为 11 位手机号或带区号的固定电话（如 0751-2812345），现为“${String(raw)}”` };
}

/** Parse one field value; blank -> null unless the field is required. */
export function parseFieldValue(spec: FieldSpec, raw: unknown): ParseResult {
  if (isBlank(raw)) {
    return spec.required ? { ok: false, message: `“${spec.label}”不能为空` } : { ok: true, value: null };
  }
  switch (spec.kind) {
    case 'text': {
      const text = String(raw).replace(/[\r\n\t]+/g, ' ').trim();
      if (text.length > 200) return { ok: false, message: `“${spec.label}”太长（${text.length} 字），最多 200 字` };
      return { ok: true, value: text };
    }
    case 'enum': {
      const list = spec.codeList as CodeListName;
      const label = normalizeCodeValue(list, String(raw));
      return label === null
        ? { ok: false, message: `“${spec.label}”的值“${String(raw).trim()}”不在可选值中（可选：${choices(list)}）` }
        : { ok: true, value: label };
    }
    case 'set':
      return parseSet(spec, raw);
    case 'int':
      return parseInt10(spec, raw);
    case 'phone':
      return parsePhone(spec, raw);
    case 'period': {
      const period = parsePeriod(toHalfWidth(String(raw)));
      return period === null
        ? { ok: false, message: `“${spec.label}”应为年月，如 2023-07、202307 或 2023年7月，现为“${String(raw)}”` }
        : { ok: true, value: period };
    }
    case 'date': {
      const date = parseDate(toHalfWidth(String(raw)));
      return date === null
        ? { ok: false, message: `“${spec.label}”应为日期，如 2023-07-01，现为“${String(raw)}”` }
        : { ok: true, value: date };
    }
    case 'idNo': {
      const id = normalizeIdNumber(typeof raw === 'number' ? raw : String(raw));
      return id.ok ? { ok: true, value: id.idNo } : { ok: false, message: id.message };
    }
  }
}

/** Display text of a stored value: sets joined with 、, null as empty. */
export function formatFieldValue(value: FieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join('、') : String(value);
}
