/** A labourer's recorded HR services, newest first: date, kind and what it named. */
import type { ServiceEvent } from '../../../shared/api/employment-contract';

function detailOf(event: ServiceEvent): string {
  const parts: string[] = [];
  if (event.employer !== null) parts.push(event.employer);
  if (event.post !== null) parts.push(event.post);
  if (event.project !== null) parts.push(event.project);
  if (event.result !== null) parts.push(`结果：${event.result}`);
  return parts.join(' · ');
}

export function ServiceHistory({ events }: { events: readonly ServiceEvent[] }) {
  if (events.length === 0) return <p className="pane-empty">还没有服务记录。</p>;
  return (
    <ol className="service-history" aria-label="服务记录">
      {events.map((event) => (
        <li key={event.id} className="service-event">
          <span className="service-date">{event.date}</span>
          <span className={`service-kind kind-${SERVICE_CLASS[event.kind]}`}>{event.kind}</span>
          <span className="service-detail">{detailOf(event)}</span>
        </li>
      ))}
    </ol>
  );
}

const SERVICE_CLASS: Record<ServiceEvent['kind'], string> = { 就业指导: 'guidance', 就业培训: 'training', 岗位推荐: 'recommend', 其他: 'other' };
