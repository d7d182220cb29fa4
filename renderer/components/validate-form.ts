/**
 * Validates a dialog's typed values with the shared field parser, field by field, so the clerk
 * sees each problem under its input before anything is sent; the server checks again on save.
 */
import { parseFieldValue } from '../../shared/domain/field-values';
import type { FieldSpec, FieldValue } from '../../shared/domain/records';

export interface FormCheck {
  values: Record<string, FieldValue>;
  errors: Record<string, string>;
  ok: boolean;
}

export function validateForm(specs: readonly FieldSpec[], typed: Record<string, string>): FormCheck {
  const values: Record<string, FieldValue> = {};
  const errors: Record<string, string> = {};
  for (const spec of specs) {
    const parsed = parseFieldValue(spec, typed[spec.key] ?? '');
    if (!parsed.ok) errors[spec.key] = parsed.message;
    else if (parsed.value !== null) values[spec.key] = parsed.value;
  }
  return { values, errors, ok: Object.keys(errors).length === 0 };
}
