/**
 * The next deadlines of the town office, soonest first: the employment calendar's items (the same
 * source as the shell's 近期截止 panel), each with the days left and what is still missing. An item
 * opens the dialog that names the missing villages or labourers.
 */
import { useState } from 'react';
import type { DashboardSummary } from '../../../shared/api/dashboard-contract';
import type { CalendarItem } from '../../../shared/api/employment-contract';
import { daysText, missingText } from '../calendar/calendar-format';
import { DueItemDialog } from '../calendar/DueItemDialog';

export function DeadlinesPanel({ deadlines }: { deadlines: DashboardSummary['deadlines'] }) {
  const [open, setOpen] = useState<CalendarItem | null>(null);
  return (
    <section className="dash-panel" aria-label="近期截止">
      <header className="dash-panel-head">
        <h2>近期截止</h2>
      </header>
      {deadlines.unavailable !== null ? (
        <p className="dash-empty">{deadlines.unavailable}</p>
      ) : (
        <ul className="deadline-list">
          {deadlines.items.map((d) => (
            <li key={`${d.kind}|${d.period}`} className={d.overdue || d.daysLeft <= 5 ? 'deadline-soon' : undefined}>
              <span className="deadline-date">{d.dueDate}</span>
              <span className="deadline-label">
                <button type="button" className="deadline-open" onClick={() => setOpen(d)}>
                  {d.title}
                </button>
              </span>
              <span className="deadline-when">{daysText(d)}</span>
              <span className="deadline-detail">{d.missing.length === 0 ? '' : missingText(d)}</span>
            </li>
          ))}
        </ul>
      )}
      {open !== null && <DueItemDialog item={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
