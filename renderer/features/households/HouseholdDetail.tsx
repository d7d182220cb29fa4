/**
 * The detail pane of the selected household: who it is, its members (add, move out), all its
 * fields, its monitoring timeline and 帮扶措施 (监测帮扶), and its change history. Whenever it
 * (re)loads the household it hands the fresh row to the view, so the grid row follows changes
 * made here (家庭人口数 after adding a member, 监测对象类别 after 识别纳入).
 */
import { useEffect, useState } from 'react';
import type { HouseholdRow, MemberRow } from '../../../shared/api/contract';
import { HOUSEHOLD_FIELDS } from '../../../shared/domain/records';
import { RecordFields } from '../../components/RecordFields';
import { Tabs } from '../../components/Tabs';
import type { MessageActions } from '../../hooks/useMessage';
import { HistoryList } from '../history/HistoryList';
import { useRecordHistory } from '../history/useRecordHistory';
import { AddMemberDialog } from '../members/AddMemberDialog';
import { RemoveMemberDialog } from '../members/RemoveMemberDialog';
import { MonitoringTab } from '../monitoring/MonitoringTab';
import { HouseholdMemberTable } from './HouseholdMemberTable';
import { useHouseholdDetail } from './useHouseholdDetail';

export type HouseholdTabKey = 'members' | 'fields' | 'monitoring' | 'history';

export interface HouseholdDetailProps {
  householdId: number;
  /** The tab shown first (监测帮扶 when opened from a warning); 家庭成员 otherwise. */
  initialTab?: HouseholdTabKey | undefined;
  /** Bumped by the view after a grid edit of this household. */
  revision: number;
  message: MessageActions;
  onLoaded(household: HouseholdRow): void;
  onRequestRemove(household: HouseholdRow): void;
}

export function HouseholdDetail({ householdId, initialTab, revision, message, onLoaded, onRequestRemove }: HouseholdDetailProps) {
  const [tab, setTab] = useState<HouseholdTabKey>(initialTab ?? 'members');
  const [localRevision, setLocalRevision] = useState(0);
  const [dialog, setDialog] = useState<{ kind: 'add' } | { kind: 'remove'; member: MemberRow } | null>(null);
  const detail = useHouseholdDetail(householdId, revision + localRevision);
  const history = useRecordHistory('households', householdId, revision + localRevision);

  useEffect(() => {
    if (detail.data) onLoaded(detail.data.household);
  }, [detail.data, onLoaded]);

  if (detail.error !== null) return <p className="pane-error">{detail.error}</p>;
  if (detail.data === null) return <p className="pane-empty">正在读取…</p>;
  const { household, members } = detail.data;
  const present = members.filter((m) => m.status === '在户').length;
  const active = household.status === '在册';

  const recordChanged = (text: string) => {
    setDialog(null);
    setLocalRevision((r) => r + 1);
    message.success(text);
  };

  return (
    <div className="detail" aria-label={`户编号 ${household.householdNo} 的详情`}>
      <div className="detail-header">
        <div className="detail-title">
          <span className="detail-name">{household.headName ?? '（未登记户主）'}</span>
          <span className={`badge ${active ? 'badge-ok' : 'badge-muted'}`}>{household.status}</span>
        </div>
        <div className="detail-sub">
          户编号 <span className="mono">{household.householdNo}</span> · {household.village}
          {household.group ? ` ${household.group}` : ''}
        </div>
        <div className="detail-tags">
          <span className="tag">{household.householdType}</span>
          {household.monitorCategory && <span className="tag tag-warn">{household.monitorCategory}</span>}
          <span className="tag tag-plain">在户 {present} 人</span>
        </div>
        <div className="detail-actions">
          <button type="button" className="btn btn-small btn-primary" disabled={!active} onClick={() => setDialog({ kind: 'add' })}>
            新增成员
          </button>
          <button type="button" className="btn btn-small" disabled={!active} onClick={() => onRequestRemove(household)}>
            注销此户
          </button>
        </div>
      </div>
      <Tabs<HouseholdTabKey>
        label="户详情"
        active={tab}
        onChange={setTab}
        items={[
          { key: 'members', label: `家庭成员（${members.length}）` },
          { key: 'fields', label: '户信息' },
          { key: 'monitoring', label: '监测帮扶' },
          { key: 'history', label: '修改记录' },
        ]}
      />
      <div className="detail-body" role="tabpanel">
        {tab === 'members' && <HouseholdMemberTable members={members} onRemove={(member) => setDialog({ kind: 'remove', member })} />}
        {tab === 'fields' && <RecordFields fields={HOUSEHOLD_FIELDS} record={household} />}
        {tab === 'monitoring' && <MonitoringTab household={household} revision={revision + localRevision} onChanged={recordChanged} />}
        {tab === 'history' && <HistoryList state={history} target={{ table: 'households', id: household.id, name: `户编号 ${household.householdNo}` }} />}
      </div>
      {dialog?.kind === 'add' && (
        <AddMemberDialog household={household} onClose={() => setDialog(null)} onCreated={(m) => recordChanged(`已新增成员 ${m.name}`)} />
      )}
      {dialog?.kind === 'remove' && (
        <RemoveMemberDialog
          member={dialog.member}
          onClose={() => setDialog(null)}
          onRemoved={(m) => recordChanged(`已将 ${m.name} 标记为“${m.status}”`)}
        />
      )}
    </div>
  );
}
