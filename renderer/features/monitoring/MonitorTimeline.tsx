/**
 * The monitoring steps of one household, oldest first, as a vertical timeline: 识别纳入 with its
 * category and risks, 风险消除 with its mode and the income it was judged by (人均 against the
 * 监测线 and 预警线 of that month), 回退 with its reason.
 */
import { formatTime } from '../history/history-format';
import type { MonitorEvent } from './monitor-format';
import { MonitorEventBody } from './MonitorEventBody';

const KIND_CLASS: Record<MonitorEvent['kind'], string> = {
  识别纳入: 'event-identify',
  风险消除: 'event-eliminate',
  回退: 'event-revert',
};

export function MonitorTimeline({ events }: { events: readonly MonitorEvent[] }) {
  if (events.length === 0) return <p className="section-empty">还没有识别纳入、风险消除或回退的记录。</p>;
  return (
    <ol className="monitor-timeline" aria-label="监测记录">
      {events.map((event) => (
        <li key={event.id} className={`monitor-event ${KIND_CLASS[event.kind]}`}>
          <div className="event-head">
            <span className="event-kind">{event.kind}</span>
            <time className="event-date" dateTime={event.eventDate}>
              {event.eventDate}
            </time>
            <span className="event-recorded">录入 {formatTime(event.createdAt)}</span>
          </div>
          <MonitorEventBody event={event} />
        </li>
      ))}
    </ol>
  );
}
