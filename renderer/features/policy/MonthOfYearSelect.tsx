/** A month (1月–12月) within a year the form already names; the value is "01"–"12". */
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

export function MonthOfYearSelect({ label, value, onChange }: { label: string; value: string; onChange(month: string): void }) {
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
      {MONTHS.map((m) => (
        <option key={m} value={m}>
          {Number(m)}月
        </option>
      ))}
    </select>
  );
}
