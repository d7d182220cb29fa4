/** A toolbar select with an "all" choice (null): 全部村, 全部区域 … */
export interface ToolbarSelectProps<V extends string> {
  label: string;
  allLabel: string;
  value: V | null;
  options: readonly V[];
  /** Display text per option, when it differs from the value. */
  labels?: Partial<Record<V, string>>;
  disabled?: boolean;
  onChange(value: V | null): void;
}

export function ToolbarSelect<V extends string>({ label, allLabel, value, options, labels, disabled, onChange }: ToolbarSelectProps<V>) {
  return (
    <select className="toolbar-select" aria-label={label} disabled={disabled} value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : (event.target.value as V))}>
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option} value={option}>
          {labels?.[option] ?? option}
        </option>
      ))}
    </select>
  );
}
