/**
 * 就业服务: per quarter, every labourer with a job or training need and what 人社 did for them —
 * 就业指导 · 就业培训 · 岗位推荐 counted against the 1/1/3 target, 达标 or not and why. The chosen
 * labourer's services open beside the list, where one more can be recorded. Village counts say
 * where the gaps are.
 */
import { useState } from 'react';
import type { ServiceStanding } from '../../../shared/api/employment-contract';
import { formatQuarter, quarterOfDate } from '../../../shared/domain/employment';
import { api } from '../../api/client';
import { EmptyPane } from '../../components/EmptyPane';
import { MessageBar } from '../../components/MessageBar';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useOnLedgerChanged } from '../../hooks/useLedgerSignal';
import { useMessage } from '../../hooks/useMessage';
import { todayIso } from '../returnees/case-dates';
import { QuarterExportButtons } from './QuarterExportButtons';
import { QuarterField } from './QuarterField';
import { RecordServiceDialog } from './RecordServiceDialog';
import { ServiceHistory } from './ServiceHistory';
import { ServiceStandingCard } from './ServiceStandingCard';
import { StandingTable } from './StandingTable';
import { ToolbarSelect } from './ToolbarSelect';
import { useLabourerServices } from './useLabourerServices';

export function ServicesView() {
  const [quarter, setQuarter] = useState(() => quarterOfDate(todayIso()));
  const [village, setVillage] = useState<string | null>(null);
  const [onlyUnmet, setOnlyUnmet] = useState(false);
  const [selected, setSelected] = useState<ServiceStanding | null>(null);
  const [revision, setRevision] = useState(0);
  const [recording, setRecording] = useState(false);
  const message = useMessage();
  useOnLedgerChanged(() => setRevision((n) => n + 1));
  const report = useApiQuery(() => api.call('services.quarter', { quarter }), `${quarter}|${revision}`);
  const data = report.data;
  const rows = (data?.rows ?? []).filter((r) => (village === null || r.village === village) && (!onlyUnmet || !r.met));
  const met = rows.filter((r) => r.met).length;

  return (
    <section className="view services-view" aria-label="就业服务">
      <div className="view-toolbar">
        <h1 className="view-title">就业服务</h1>
        <span className="inline-field">
          <span aria-hidden="true">季度</span>
          <QuarterField label="服务季度" value={quarter} onChange={setQuarter} />
        </span>
        <ToolbarSelect label="村" allLabel="全部村" value={village} options={(data?.byVillage ?? []).map((v) => v.village)} onChange={setVillage} />
        <label className="toggle">
          <input type="checkbox" checked={onlyUnmet} onChange={(event) => setOnlyUnmet(event.target.checked)} />
          只看未达标
        </label>
        <span className="view-count" aria-live="polite">
          {data === null ? '' : `共 ${rows.length} 人，达标 ${met} 人`}
        </span>
        <div className="toolbar-spacer" />
        <QuarterExportButtons quarter={quarter} message={message} />
      </div>
      <MessageBar message={message.current} onClose={message.clear} />
      <div className="view-body">
        <div className="services-main">
          {data !== null && (
            <p className="services-targets">
              {formatQuarter(quarter)}达标要求：每位有需求的劳动力至少 就业指导 {data.targets.guidance} 次、就业培训 {data.targets.training} 次、岗位推荐 {data.targets.recommendations} 次。
            </p>
          )}
          {report.error !== null ? (
            <p className="pane-error">{report.error}</p>
          ) : data === null ? (
            <p className="pane-empty">正在统计…</p>
          ) : rows.length === 0 ? (
            <p className="pane-empty">{data.rows.length === 0 ? `${formatQuarter(quarter)}没有登记就业或培训需求的劳动力。` : '没有符合条件的劳动力。'}</p>
          ) : (
            <StandingTable rows={rows} targets={data.targets} selected={selected?.memberId ?? null} onSelect={setSelected} />
          )}
        </div>
        <aside className="detail-pane" aria-label="服务详情">
          {selected === null ? (
            <EmptyPane title="未选择劳动力" lines={['在左侧名单中点选一人，查看服务记录和达标情况。', '可记录就业指导、就业培训、岗位推荐。']} />
          ) : (
            <LabourerPane key={selected.memberId} labourer={selected} quarter={quarter} revision={revision} onRecord={() => setRecording(true)} />
          )}
        </aside>
      </div>
      {recording && selected !== null && (
        <RecordServiceDialog
          subject={selected}
          onClose={() => setRecording(false)}
          onDone={(event) => {
            setRecording(false);
            setRevision((n) => n + 1);
            message.success(`已记录 ${event.name} 的${event.kind}（${event.date}）`);
          }}
        />
      )}
    </section>
  );
}

function LabourerPane({ labourer, quarter, revision, onRecord }: { labourer: ServiceStanding; quarter: string; revision: number; onRecord(): void }) {
  const services = useLabourerServices(labourer.memberId, labourer.village, quarter, revision);
  return (
    <div className="detail" aria-label={`${labourer.name} 的就业服务`}>
      <header className="detail-header">
        <div className="detail-title">
          <span className="detail-name">{labourer.name}</span>
        </div>
        <div className="detail-sub">{labourer.village ?? '未登记村'}</div>
        <div className="detail-actions">
          <button type="button" className="btn btn-primary btn-small" onClick={onRecord}>
            记录服务
          </button>
        </div>
      </header>
      <div className="detail-body">
        {services.error !== null ? (
          <p className="pane-error">{services.error}</p>
        ) : services.data === null ? (
          <p className="pane-empty">正在读取…</p>
        ) : (
          <>
            <ServiceStandingCard quarter={quarter} standing={services.data.standing} targets={services.data.targets} />
            <h3 className="detail-section-title">服务记录</h3>
            <ServiceHistory events={services.data.events} />
          </>
        )}
      </div>
    </div>
  );
}
