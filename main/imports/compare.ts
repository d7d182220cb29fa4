/**
 * Field-level comparison of imported values with the ledger's current values. Only the fields
 * the file gives are compared (a blank cell never clears a value); sets compare as sets.
 */
import { fieldSpec, type FieldValue, type RecordKind } from '../../shared/domain/records';

export interface FieldChange {
  key: string;
  label: string;
  old: FieldValue;
  new: FieldValue;
}

const EXTRA_LABELS: Record<string, string> = {
  memberCountStated: '家庭人口数（填报）',
  disabilitySuffix: '残疾人证号后缀',
  householdNo: '户编号',
  village: '村',
  group: '组',
};

export function labelOf(kind: RecordKind, key: string): string {
  return EXTRA_LABELS[key] ?? fieldSpec(kind, key)?.label ?? key;
}

function norm(v: FieldValue | undefined): FieldValue {
  return v === undefined || (Array.isArray(v) && v.length === 0) ? null : v;
}

function same(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  const x = norm(a);
  const y = norm(b);
  if (Array.isArray(x) || Array.isArray(y)) return JSON.stringify(x) === JSON.stringify(y);
  return x === y;
}

/** Changes from `current` to `incoming`, for the keys `incoming` gives. */
export function compareValues(kind: RecordKind, current: Record<string, FieldValue> | null, incoming: Record<string, FieldValue>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [key, value] of Object.entries(incoming)) {
    const old = current ? (current[key] ?? null) : null;
    if (!same(old, value)) changes.push({ key, label: labelOf(kind, key), old, new: value });
  }
  return changes;
}
