/**
 * The chosen 返乡回流 case beside the grid: who, when and why they came back, the case's status
 * and its steps (记录服务, 记录再就业, 再次外出), the services recorded so far and the labourer's
 * 1/1/3 standing in the current quarter.
 */
import type { ReturneeCase } from '../../../shared/api/employment-contract';
import { quarterOfDate } from '../../../shared/domain/employment';
import { SensitiveText } from '../../components/SensitiveText';
import { ServiceHistory } from '../employment/ServiceHistory';
import { ServiceStandingCard } from '../employment/ServiceStandingCard';
import { useLabourerServices } from '../employment/useLabourerServices';
import { todayIso } from './case-dates';

export type CaseStep = 'service' | 'reemploy' | 'leave';

function Fact({ label, value }: { label: string; value: string | null }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{value === null || value === '' ? '—' : value}</dd>
    </div>
  );
}

export function ReturneeDetail({ returnee, revision, onStep }: { returnee: ReturneeCase; revision: number; onStep(step: CaseStep): void }) {
  const quarter = quarterOfDate(todayIso());
  const services = useLabourerServices(returnee.memberId, returnee.village, quarter, revision);
  const open = returnee.status === '跟踪中' || returnee.status === '暂无意愿';
  return (
    <div className="detail" aria-label={`${returnee.name} 的返乡回流档案`}>
      <header className="detail-header">
        <div className="detail-title">
          <span className="detail-name">{returnee.name}</span>
          <span className={`case-status status-${returnee.status}`}>{returnee.status}</span>
          {returnee.needsFollowUp && <span className="case-follow-up">本季度待跟进</span>}
        </div>
        <div className="detail-sub">
          {returnee.village ?? '未登记村'} · 户编号 {returnee.householdNo} · <SensitiveText kind="idNo" text={returnee.idNo} />
        </div>
        <div className="detail-actions">
          <button type="button" className="btn btn-primary btn-small" onClick={() => onStep('service')}>
            记录服务
          </button>
          <button type="button" className="btn btn-small" disabled={!open} onClick={() => onStep('reemploy')}>
            记录再就业
          </button>
          <button type="button" className="btn btn-small" disabled={!open} onClick={() => onStep('leave')}>
            再次外出
          </button>
        </div>
      </header>
      <div className="detail-body">
        <dl className="case-facts">
          <Fact label="返乡时间" value={`${returnee.returnDate}（${returnee.daysSinceReturn} 天）`} />
          <Fact label="原务工区域" value={returnee.originRegion} />
          <Fact label="原务工地" value={returnee.originPlace} />
          <Fact label="原务工单位" value={returnee.originEmployer} />
          <Fact label="返乡原因" value={returnee.reason} />
          <Fact label="就业/培训意愿" value={`${returnee.jobWish ?? '—'} / ${returnee.trainingWish ?? '—'}`} />
          {returnee.reemployDate !== null && <Fact label="再就业" value={[returnee.reemployDate, returnee.reemployEmployer, returnee.reemployMode].filter(Boolean).join(' · ')} />}
          {returnee.leftAgainMonth !== null && <Fact label="再次外出" value={returnee.leftAgainMonth} />}
          {returnee.note !== null && <Fact label="备注" value={returnee.note} />}
          <Fact label="来源" value={returnee.source === '自动' ? '月报比对自动建档' : returnee.source} />
        </dl>
        <h3 className="detail-section-title">服务达标</h3>
        {services.error !== null ? (
          <p className="pane-error">{services.error}</p>
        ) : services.data === null ? (
          <p className="pane-empty">正在读取…</p>
        ) : (
          <>
            <ServiceStandingCard quarter={quarter} standing={services.data.standing} targets={services.data.targets} />
            <h3 className="detail-section-title">服务记录（返乡以来 {returnee.servicesSoFar} 次）</h3>
            <ServiceHistory events={services.data.events} />
          </>
        )}
      </div>
    </div>
  );
}
