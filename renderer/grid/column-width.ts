/**
 * Starting column widths from a field spec: wide enough for the typical value of its kind (an
 * 18-digit ID, the longest code-list label) and for a short header; long headers wrap instead of
 * widening a 是/否 column to 200 px.
 */
import { CODE_LISTS } from '../../shared/domain/code-lists';
import type { FieldSpec } from '../../shared/domain/records';

const CHAR_PX = 13;
/** Sort arrow and filter button beside the header text. */
const HEADER_ICONS_PX = 36;
const MAX_HEADER_DRIVEN_PX = 124;

const KIND_WIDTH: Record<FieldSpec['kind'], number> = {
  text: 92,
  enum: 80,
  set: 150,
  int: 76,
  period: 92,
  phone: 122,
  idNo: 176,
  date: 100,
};

/** Fields whose values have a known shape the kind alone does not tell (18-digit 户编号 …). */
const KEY_WIDTH: Record<string, number> = {
  householdNo: 164,
  group: 116,
  village: 84,
  headName: 88,
  name: 84,
  sex: 64,
  age: 68,
  helperName: 100,
};

function longestCodeLabel(spec: FieldSpec): number {
  if (spec.codeList === undefined || spec.kind !== 'enum') return 0;
  const longest = Math.max(...CODE_LISTS[spec.codeList].map((label) => label.length));
  return longest * CHAR_PX + 26;
}

export function columnWidth(spec: FieldSpec): number {
  const header = Math.min(spec.label.length * CHAR_PX + HEADER_ICONS_PX, MAX_HEADER_DRIVEN_PX);
  return Math.max(KEY_WIDTH[spec.key] ?? KIND_WIDTH[spec.kind], longestCodeLabel(spec), header);
}
