/**
 * Plain labelled inputs for the 返乡回流 and 就业服务 dialogs, whose fields (dates, employment code
 * lists) are not member/household field specs. Each shows its own Chinese error under it.
 */
import { useId } from 'react';

interface FieldFrameProps {
  label: string;
  required?: boolean | undefined;
  error?: string | undefined;
  hint?: string | undefined;
}

function useFieldIds(error: string | undefined, hint: string | undefined) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return { id, describedBy };
}

function Frame({ id, label, required, error, hint, children }: FieldFrameProps & { id: string; children: React.ReactNode }) {
  return (
    <div className={`form-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required-mark">*</span>}
      </label>
      {children}
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

export function TextField(props: FieldFrameProps & { value: string; onChange(value: string): void; autoFocus?: boolean; placeholder?: string }) {
  const { id, describedBy } = useFieldIds(props.error, props.hint);
  return (
    <Frame id={id} {...props}>
      <input
        id={id}
        type="text"
        spellCheck={false}
        autoComplete="off"
        value={props.value}
        autoFocus={props.autoFocus}
        placeholder={props.placeholder}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </Frame>
  );
}

export function SelectField(props: FieldFrameProps & { value: string; options: readonly string[]; onChange(value: string): void }) {
  const { id, describedBy } = useFieldIds(props.error, props.hint);
  return (
    <Frame id={id} {...props}>
      <select id={id} value={props.value} aria-invalid={props.error ? true : undefined} aria-describedby={describedBy} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">{props.required ? '请选择' : '（不填）'}</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </Frame>
  );
}
