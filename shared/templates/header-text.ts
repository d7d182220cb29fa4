/**
 * Header text normalisation and header → template column matching (domain.md §8).
 *
 * Real headers differ from the template in width, brackets, line breaks, "(必填)"/"*" markers,
 * unit suffixes "(元)" and sequence numbers "①"/"1."; normalizeHeader removes all of that so a
 * header and its aliases compare equal. Matching then tries, in order: the exact normalised text,
 * the text with a trailing bracketed remark removed ("证件号码(身份证号)" → "证件号码", but "镇(乡)"
 * matches exactly first), and for 'set' columns the text without a trailing number ("风险类型3").
 */
import { toHalfWidth } from '../domain/id-number';
import type { TemplateColumn, TemplateSpec } from './types';

const BRACKETS: Record<string, string> = { '【': '(', '】': ')', '〔': '(', '〕': ')', '[': '(', ']': ')', '〈': '(', '〉': ')', '{': '(', '}': ')' };
const MARKERS = /\((?:必填|必选|选填|可选|必须填写|必填项)\)|必填项?|[*※★☆▲△]/g;
const UNIT = /\((?:单位[:：]?.*|万?元|人|户|个|个月|月|年|天|日|岁|次|亩|%|‰|公斤|kg|斤|小时|(?:万?元|人)\/(?:年|月|人|户|人\/年|人·年|年\/人|月\/人))\)$/i;
const SEQUENCE = /^(?:[\u2460-\u2473\u2776-\u277f]|\(\d{1,2}\)|\d{1,2}[.、:]|[一二三四五六七八九十]{1,3}[、.])/;
const TRAILING_REMARK = /\([^()]*\)$/;
const TRAILING_NUMBER = /\d{1,2}$/;

/** Canonical form of a header cell for matching: see the module comment. Lower-case. */
export function normalizeHeader(text: string): string {
  let s = toHalfWidth(text).replace(/[【】〔〕[\]〈〉{}]/g, (ch) => BRACKETS[ch] ?? ch);
  s = s.replace(/[\s\u200b\u00a0\ufeff]+/g, '');
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(MARKERS, '').replace(SEQUENCE, '').replace(UNIT, '').replace(/[:：]+$/, '');
    if (s === before) break;
  }
  return s.toLowerCase();
}

/** Normalised header/alias → template column, built once per template. */
export interface HeaderIndex {
  template: TemplateSpec;
  byText: ReadonlyMap<string, TemplateColumn>;
}

const INDEX_CACHE = new WeakMap<TemplateSpec, HeaderIndex>();

export function headerIndex(template: TemplateSpec): HeaderIndex {
  const cached = INDEX_CACHE.get(template);
  if (cached) return cached;
  const byText = new Map<string, TemplateColumn>();
  for (const column of template.columns) {
    for (const text of [column.header, ...(column.aliases ?? [])]) {
      const key = normalizeHeader(text);
      if (key !== '' && !byText.has(key)) byText.set(key, column);
    }
  }
  const index = { template, byText };
  INDEX_CACHE.set(template, index);
  return index;
}

/** The template column a normalised header stands for, or null. */
export function matchNormalized(index: HeaderIndex, normalized: string): TemplateColumn | null {
  if (normalized === '') return null;
  const exact = index.byText.get(normalized);
  if (exact) return exact;
  let text = normalized;
  while (TRAILING_REMARK.test(text)) {
    text = text.replace(TRAILING_REMARK, '');
    const found = index.byText.get(text);
    if (found) return found;
  }
  if (TRAILING_NUMBER.test(normalized)) {
    const found = index.byText.get(normalized.replace(TRAILING_NUMBER, ''));
    if (found?.kind === 'set') return found;
  }
  return null;
}

/** First match among candidate header texts (raw), e.g. [group+field, field]. */
export function matchCandidates(index: HeaderIndex, candidates: readonly string[]): TemplateColumn | null {
  for (const candidate of candidates) {
    const found = matchNormalized(index, normalizeHeader(candidate));
    if (found) return found;
  }
  return null;
}

/** Excel column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
