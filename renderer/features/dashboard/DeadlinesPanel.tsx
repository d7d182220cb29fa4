/** The next deadlines of the town office, soonest first, with the days left. */
import type { DashboardSummary } from '../../../shared/api/dashboard-contract';

function daysFrom(today: Date, isoDate: string): number {
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const [y, m, d] = isoDate.split('-').map(Number);
  return Math.round((Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) - start) / 86_400_000);
}

function when(days: number): string {
  if (days === 0) return '今天';
  if (days < 0) return '进行中';
  return `还有 ${days} 天`;
}

export function DeadlinesPanel({ deadlines }: { deadlines: DashboardSummary['deadlines'] }) {
  const today = new Date();
  return (
    <section className="dash-panel" aria-label="近期截止">
      <header className="dash-panel-head">
        <h2>近期截止</h2>
      </header>
      <ul className="deadline-list">
        {deadlines.map((d) => {
          const days = daysFrom(today, d.date);
          return (
            <li key={d.label} className={days >= 0 && days <= 5 ? 'deadline-soon' : undefined}>
              <span className="deadline-date">{d.date}</span>
              <span className="deadline-label">{d.label}</span>
              <span className="deadline-when">{when(days)}</span>
              <span className="deadline-detail">{d.detail}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
