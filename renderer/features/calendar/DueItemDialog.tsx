/** One due item in full: its title, the date, and each missing part with the names it lists. */
import type { CalendarItem } from '../../../shared/api/employment-contract';
import { Dialog } from '../../components/Dialog';
import { daysText } from './calendar-format';

export function DueItemDialog({ item, onClose }: { item: CalendarItem; onClose(): void }) {
  return (
    <Dialog
      title={item.title}
      onSubmit={onClose}
      onClose={onClose}
      actions={
        <button type="submit" className="btn btn-primary">
          知道了
        </button>
      }
    >
      <p className="confirm-text">
        截止日期 <strong>{item.dueDate}</strong>（{daysText(item)}）
      </p>
      {item.missing.every((m) => m.count === 0) ? (
        <p className="confirm-note">已全部完成。</p>
      ) : (
        item.missing
          .filter((m) => m.count > 0)
          .map((m) => (
            <div key={m.label} className="due-missing-group">
              <h3 className="detail-section-title">
                {m.label}（{m.count}）
              </h3>
              <p className="due-names">{m.items.join('、')}</p>
              {m.items.length < m.count && <p className="confirm-note">另有 {m.count - m.items.length} 个未列出。</p>}
            </div>
          ))
      )}
    </Dialog>
  );
}
