/** A quarter picker as two selects, 年 and 季度, holding `2023Q3`. */
import { quarterSpan } from '../../../shared/domain/employment';
import { yearOptions } from '../imports/import-format';

const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];

export function QuarterField({ label, value, onChange }: { label: string; value: string; onChange(quarter: string): void }) {
  const span = quarterSpan(value);
  const year = String(span?.year ?? new Date().getFullYear());
  const q = span?.q ?? 1;
  return (
    <span className="month-field" role="group" aria-label={label}>
      <select aria-label={`${label}（年）`} value={year} onChange={(event) => onChange(`${event.target.value}Q${q}`)}>
        {yearOptions(`${year}-01`).map((y) => (
          <option key={y} value={y}>
            {y}年
          </option>
        ))}
      </select>
      <select aria-label={`${label}（季度）`} value={q} onChange={(event) => onChange(`${year}Q${event.target.value}`)}>
        {QUARTER_NAMES.map((name, i) => (
          <option key={name} value={i + 1}>
            {name}
          </option>
        ))}
      </select>
    </span>
  );
}
