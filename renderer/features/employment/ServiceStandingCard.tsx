/**
 * A labourer's 1/1/3 standing for one quarter: 就业指导, 就业培训 and 岗位推荐 counted against the
 * policy's targets, 达标 or 未达标 with the server's reason. A labourer with no need recorded in
 * the quarter is not measured; the card says so instead of showing zeros as a failure.
 */
import type { ServiceStanding } from '../../../shared/api/employment-contract';
import { formatQuarter } from '../../../shared/domain/employment';

export interface Targets {
  guidance: number;
  training: number;
  recommendations: number;
}

export function ServiceStandingCard({ quarter, standing, targets }: { quarter: string; standing: ServiceStanding | null; targets: Targets | null }) {
  if (standing === null || targets === null) {
    return (
      <div className="standing-card is-unmeasured" aria-label={`${formatQuarter(quarter)}服务达标`}>
        <div className="standing-head">{formatQuarter(quarter)}</div>
        <p className="standing-reason">本季度未登记就业或培训需求，不计入 1/1/3 达标统计。</p>
      </div>
    );
  }
  const parts = [
    { label: '就业指导', done: standing.guidance, target: targets.guidance },
    { label: '就业培训', done: standing.training, target: targets.training },
    { label: '岗位推荐', done: standing.recommendations, target: targets.recommendations },
  ];
  return (
    <div className={`standing-card ${standing.met ? 'is-met' : 'is-unmet'}`} aria-label={`${formatQuarter(quarter)}服务达标`}>
      <div className="standing-head">
        {formatQuarter(quarter)}
        <span className={`standing-badge ${standing.met ? 'is-met' : 'is-unmet'}`}>{standing.met ? '达标' : '未达标'}</span>
      </div>
      <dl className="standing-counts">
        {parts.map((p) => (
          <div key={p.label} className={p.done >= p.target ? 'is-done' : 'is-short'}>
            <dt>{p.label}</dt>
            <dd>
              {p.done}/{p.target}
            </dd>
          </div>
        ))}
      </dl>
      {!standing.met && standing.reason !== null && <p className="standing-reason">{standing.reason}</p>}
    </div>
  );
}
