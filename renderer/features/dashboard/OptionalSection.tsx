/**
 * A section another area fills (数据筛查 findings, 就业, 返乡回流): its total and labelled counts,
 * or 暂无数据 while the ledger has none (the summary returns null).
 */
import type { DashboardSection } from '../../../shared/api/dashboard-contract';

export function OptionalSection({ title, unit, section }: { title: string; unit: string; section: DashboardSection | null }) {
  return (
    <section className="dash-panel dash-optional" aria-label={title}>
      <header className="dash-panel-head">
        <h2>{title}</h2>
      </header>
      {section === null ? (
        <p className="dash-empty">暂无数据</p>
      ) : (
        <>
          <p className="dash-total">
            {section.total}
            <span className="kpi-unit">{unit}</span>
          </p>
          <ul className="dash-items">
            {section.items.map((item) => (
              <li key={item.label}>
                <span>{item.label}</span>
                <span>{item.count}</span>
              </li>
            ))}
          </ul>
          {section.note !== null && <p className="dash-note">{section.note}</p>}
        </>
      )}
    </section>
  );
}
