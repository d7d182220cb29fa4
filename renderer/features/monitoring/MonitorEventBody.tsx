/** What one monitoring step recorded: category and risks, mode and income snapshot, or reason. */
import { snapshotFigures, snapshotPeriod, type MonitorEvent } from './monitor-format';

export function MonitorEventBody({ event }: { event: MonitorEvent }) {
  if (event.kind === '识别纳入') {
    return (
      <>
        <div className="event-line">
          <span className="event-label">类别</span>
          {event.category ?? '—'}
        </div>
        <div className="event-line">
          <span className="event-label">风险类型</span>
          <span className="event-risks">
            {event.risks.map((risk) => (
              <span key={risk} className="tag tag-plain">
                {risk}
              </span>
            ))}
          </span>
        </div>
      </>
    );
  }
  if (event.kind === '回退') {
    return (
      <div className="event-line">
        <span className="event-label">原因</span>
        {event.reason ?? '—'}
      </div>
    );
  }
  const month = snapshotPeriod(event.snapshot);
  return (
    <>
      <div className="event-line">
        <span className="event-label">方式</span>
        {event.mode ?? '—'}
      </div>
      {month !== null && (
        <div className="event-line">
          <span className="event-label">{month}</span>
          <dl className="event-figures" aria-label="消除时的收入">
            {snapshotFigures(event.snapshot).map((f) => (
              <div key={f.label} className={f.below ? 'is-below' : undefined}>
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </>
  );
}
