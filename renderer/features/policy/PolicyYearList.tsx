/** The years of the policy table, newest first, with each year's 监测线; an unsaved new year on top. */
import type { Policy } from '../../../shared/domain/policy';
import { formatFen } from '../../../shared/domain/money';

export interface PolicyYearListProps {
  policies: readonly Policy[];
  selected: number | null;
  /** The year typed for a new, unsaved year (shown selected until it is saved or dropped). */
  draftYear: string | null;
  onSelect(year: number): void;
}

export function PolicyYearList({ policies, selected, draftYear, onSelect }: PolicyYearListProps) {
  const years = [...policies].sort((a, b) => b.year - a.year);
  return (
    <ul className="policy-years" aria-label="政策年度">
      {draftYear !== null && (
        <li>
          <button type="button" className="policy-year active" aria-current="true">
            <span className="policy-year-name">{draftYear.trim() === '' ? '新' : draftYear} 年</span>
            <span className="policy-year-sub is-new">未保存</span>
          </button>
        </li>
      )}
      {years.map((p) => (
        <li key={p.year}>
          <button type="button" className={`policy-year${selected === p.year ? ' active' : ''}`} aria-current={selected === p.year ? 'true' : undefined} onClick={() => onSelect(p.year)}>
            <span className="policy-year-name">{p.year} 年</span>
            <span className="policy-year-sub">监测线 {formatFen(p.monitoringLineFen).replace(/\.00$/, '')} 元</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
