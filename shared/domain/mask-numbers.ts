/**
 * Masking of ID and phone numbers (domain.md §10, 个人信息保护法): 证件号码 as 440229********123X
 * (the public-list mask), phones as 138****5678. Shared by the screen (the grid's masked cells) and
 * the exports of a masked view, so both hide the same digits.
 */
import { maskIdNumber } from './id-number';
import type { FieldKind } from './records';

function maskMiddle(text: string, keepStart: number, keepEnd: number): string {
  if (text.length <= keepStart + keepEnd) return '*'.repeat(text.length);
  return text.slice(0, keepStart) + '*'.repeat(text.length - keepStart - keepEnd) + text.slice(text.length - keepEnd);
}

/** 13812345678 -> 138****5678; a landline keeps its first 3 and last 4 characters too. */
export function maskPhone(phone: string): string {
  const text = phone.trim();
  if (text === '') return '';
  return maskMiddle(text, 3, 4);
}

/** 18-character IDs get the public-list mask; anything else (a 15-digit old ID) is masked alike. */
export function maskIdText(idNo: string): string {
  const text = idNo.trim();
  if (text === '') return '';
  return text.length === 18 ? maskIdNumber(text) : maskMiddle(text, 6, 4);
}

/** Field kinds whose values are masked until revealed. */
export function isMaskedKind(kind: FieldKind): kind is 'idNo' | 'phone' {
  return kind === 'idNo' || kind === 'phone';
}

export function maskFieldText(kind: FieldKind, text: string): string {
  if (kind === 'idNo') return maskIdText(text);
  if (kind === 'phone') return maskPhone(text);
  return text;
}
