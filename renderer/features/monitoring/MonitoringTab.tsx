/**
 * 监测帮扶 tab of the household detail: the household's monitoring state, the lifecycle buttons
 * (识别纳入 → 风险消除, 回退) offered only when the step can be taken, the timeline of steps, and
 * the 帮扶措施 by year. After a step the detail reloads (the household row changes too: 监测对象类别,
 * 风险是否已消除), which also reloads this timeline through `revision`.
 */
import { useState } from 'react';
import type { HouseholdRow } from '../../../shared/api/contract';
import { AddMeasureDialog } from './AddMeasureDialog';
import { EliminateDialog } from './EliminateDialog';
import { IdentifyDialog } from './IdentifyDialog';
import { MeasureList } from './MeasureList';
import { isMonitoringOpen, monitorActions, monitorStateText } from './monitor-format';
import { MonitorTimeline } from './MonitorTimeline';
import { RevertDialog } from './RevertDialog';
import { useMonitorTimeline } from './useMonitorTimeline';

type DialogKind = 'identify' | 'eliminate' | 'revert' | 'measure';

const DONE_TEXT: Record<DialogKind, string> = {
  identify: '已识别纳入监测',
  eliminate: '已标注风险消除',
  revert: '已回退风险消除',
  measure: '已新增帮扶措施',
};

export interface MonitoringTabProps {
  household: HouseholdRow;
  revision: number;
  onChanged(text: string): void;
}

export function MonitoringTab({ household, revision, onChanged }: MonitoringTabProps) {
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const timeline = useMonitorTimeline(household.id, revision);

  if (timeline.error !== null) return <p className="pane-error">{timeline.error}</p>;
  if (timeline.data === null) return <p className="pane-empty">正在读取监测记录…</p>;
  const { events, measures } = timeline.data;
  const can = monitorActions(household, events);
  const open = isMonitoringOpen(household);
  const active = household.status === '在册';
  const done = (kind: DialogKind) => () => {
    setDialog(null);
    onChanged(`户编号 ${household.householdNo}：${DONE_TEXT[kind]}`);
  };
  const dialogProps = { household, onClose: () => setDialog(null) };

  return (
    <div className="monitoring-tab">
      <div className="monitor-state">
        <span className="monitor-state-label">监测状态</span>
        <span className={`tag ${open ? 'tag-warn' : 'tag-plain'}`}>{monitorStateText(household)}</span>
        {household.monitorStart && <span className="monitor-state-since">识别于 {household.monitorStart}</span>}
      </div>
      <div className="monitor-actions" role="group" aria-label="监测操作">
        <button type="button" className="btn btn-small btn-primary" disabled={!can.identify} title={can.identify ? undefined : '该户已是风险未消除的监测对象'} onClick={() => setDialog('identify')}>
          识别纳入
        </button>
        <button type="button" className="btn btn-small" disabled={!can.eliminate} title={can.eliminate ? undefined : '只有风险未消除的监测对象可以标注风险消除'} onClick={() => setDialog('eliminate')}>
          风险消除
        </button>
        <button type="button" className="btn btn-small" disabled={!can.revert} title={can.revert ? undefined : '最近一步是风险消除时才能回退'} onClick={() => setDialog('revert')}>
          回退
        </button>
      </div>
      <section className="detail-section" aria-label="监测记录">
        <h3 className="detail-section-title">监测记录</h3>
        <MonitorTimeline events={events} />
      </section>
      <section className="detail-section" aria-label="帮扶措施">
        <div className="detail-section-head">
          <h3 className="detail-section-title">帮扶措施</h3>
          <button type="button" className="btn btn-small" disabled={!active} onClick={() => setDialog('measure')}>
            新增措施
          </button>
        </div>
        <MeasureList measures={measures} />
      </section>
      {dialog === 'identify' && <IdentifyDialog {...dialogProps} onDone={done('identify')} />}
      {dialog === 'eliminate' && <EliminateDialog {...dialogProps} onDone={done('eliminate')} />}
      {dialog === 'revert' && <RevertDialog {...dialogProps} onDone={done('revert')} />}
      {dialog === 'measure' && <AddMeasureDialog {...dialogProps} onDone={done('measure')} />}
    </div>
  );
}
