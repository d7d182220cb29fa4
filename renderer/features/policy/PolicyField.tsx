/** One labelled policy input with its unit (元, 日, 岁 …) after it and its problem under it. */
import { useId } from 'react';

export interface PolicyFieldProps {
  label: string;
  value: string;
  unit: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: string | undefined;
  /** Money is wider than a day count. */
  wide?: boolean;
  disabled?: boolean;
}

export function PolicyField({ label, value, unit, onChange, error, hint, wide, disabled }: PolicyFieldProps) {
  const id = useId();
  return (
    <div className={`form-field policy-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <span className="input-with-unit">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          className={wide ? 'is-wide' : 'is-short'}
          value={value}
          disabled={disabled}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        <span className="input-unit">{unit}</span>
      </span>
      {error ? <div className="field-error">{error}</div> : hint ? <div className="field-hint">{hint}</div> : null}
    </div>
  );
}
