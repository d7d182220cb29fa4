/**
 * One labelled form input for a field spec: a select of the code list for enum fields, a text box
 * otherwise. The message under it is the shared parser's Chinese message for what was typed.
 */
import { useId } from 'react';
import { CODE_LISTS } from '../../shared/domain/code-lists';
import type { FieldSpec } from '../../shared/domain/records';

export interface FieldInputProps {
  spec: FieldSpec;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  /** Helpful derived text, e.g. the sex and birth date read from an ID. */
  hint?: string | undefined;
  autoFocus?: boolean;
  /** Overrides the label (e.g. 村 for the village picker). */
  label?: string;
}

export function FieldInput({ spec, value, onChange, error, hint, autoFocus, label }: FieldInputProps) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value,
    autoFocus,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className={`form-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label ?? spec.label}
        {spec.required && <span className="required-mark">*</span>}
      </label>
      {spec.kind === 'enum' && spec.codeList !== undefined ? (
        <select {...common} onChange={(event) => onChange(event.target.value)}>
          <option value="">{spec.required ? '请选择' : '（不填）'}</option>
          {CODE_LISTS[spec.codeList].map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type="text" spellCheck={false} autoComplete="off" onChange={(event) => onChange(event.target.value)} />
      )}
      {error ? (
        <div className="field-error" id={`${id}-error`}>
          {error}
        </div>
      ) : hint ? (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
