/**
 * 近期截止, under the navigation on every view: the next due dates of the employment calendar —
 * villages' monthly returns (the 20th), the quarterly needs sheet (mid first month) and 人社's
 * quarter-end feedback — each with how many days are left and how much is still missing, in two
 * short lines (the column is narrow). An item opens a dialog that names what is missing: villages
 * or labourers. Reloads when the ledger changes
 * (an import may complete a month).
 */
import { useState } from 'react';
import type { CalendarItem } from '../../../shared/api/employment-contract';
import { api } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useOnLedgerChanged } from '../../hooks/useLedgerSignal';
import { daysText, KIND_LABEL, missingCount, missingText, shortDate } from './calendar-format';
import { DueItemDialog } from './DueItemDialog';

export function DueDatesPanel() {
  const [revision, setRevision] = useState(0);
  const [open, setOpen] = useState<CalendarItem | null>(null);
  useOnLedgerChanged(() => setRevision((n) => n + 1));
  const due = useApiQuery(() => api.call('calendar.due', {}), String(revision));

  return (
    <section className="due-panel" aria-label="近期截止">
      <h2 className="due-title">近期截止</h2>
      {due.error !== null ? (
        <p className="due-empty is-error">{due.error}</p>
      ) : due.data === null ? (
        <p className="due-empty">正在读取…</p>
      ) : due.data.items.length === 0 ? (
        <p className="due-empty">近期没有截止事项</p>
      ) : (
        <ul className="due-list">
          {due.data.items.map((item) => {
            const complete = item.missing.every((m) => m.count === 0);
            return (
              <li key={`${item.kind}|${item.period}`}>
                <button
                  type="button"
                  className={`due-item${item.overdue ? ' is-overdue' : ''}${complete ? ' is-complete' : ''}`}
                  title={item.title}
                  aria-label={`${item.title}，${shortDate(item.dueDate)}截止，${daysText(item)}，${missingText(item)}`}
                  onClick={() => setOpen(item)}
                >
                  <span className="due-date">
                    {shortDate(item.dueDate)} <span className="due-kind">{KIND_LABEL[item.kind]}</span>
                  </span>
                  <span className="due-state">
                    <span className="due-days">{daysText(item)}</span>
                    <span className="due-missing">{complete ? ' · 已齐' : ` · 缺 ${missingCount(item)}`}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {open !== null && <DueItemDialog item={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
