/**
 * A month picker as two selects, 年 and 月. The native <input type="month"> follows the browser's
 * own language, not the page's, so on some machines it reads "July 2023"; selects always read
 * 2023年 7月. A half-chosen month (year picked, month not yet) stays local until complete; the
 * draft is dropped when the value from outside changes (the server's answer).
 */
import { useState } from 'react';
import { yearOptions } from './import-format';

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

export interface MonthFieldProps {
  label: string;
  /** YYYY-MM, or null when not known yet. */
  value: string | null;
  disabled?: boolean;
  onChange(month: string): void;
}

export function MonthField({ label, value, disabled, onChange }: MonthFieldProps) {
  const [draft, setDraft] = useState<{ year: string; month: string } | null>(null);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(null);
  }
  const year = draft?.year ?? value?.slice(0, 4) ?? '';
  const month = draft?.month ?? value?.slice(5, 7) ?? '';
  const choose = (next: { year: string; month: string }) => {
    setDraft(next);
    const full = `${next.year}-${next.month}`;
    if (next.year !== '' && next.month !== '' && full !== value) onChange(full);
  };
  return (
    <span className="month-field" role="group" aria-label={label}>
      <select aria-label={`${label}（年）`} value={year} disabled={disabled} onChange={(event) => choose({ year: event.target.value, month })}>
        {year === '' && <option value="">年</option>}
        {yearOptions(value).map((y) => (
          <option key={y} value={y}>
            {y}年
          </option>
        ))}
      </select>
      <select aria-label={`${label}（月）`} value={month} disabled={disabled} onChange={(event) => choose({ year, month: event.target.value })}>
        {month === '' && <option value="">月</option>}
        {MONTHS.map((m) => (
          <option key={m} value={m}>
            {Number(m)}月
          </option>
        ))}
      </select>
    </span>
  );
}
