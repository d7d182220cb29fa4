/**
 * The detail pane of the selected member: the person at a glance, the 移出 action, and the
 * member's change history (which reloads after each saved edit of that member).
 */
import type { MemberRow } from '../../../shared/api/contract';
import { SensitiveText } from '../../components/SensitiveText';
import { HistoryList } from '../history/HistoryList';
import { useRecordHistory } from '../history/useRecordHistory';

export interface MemberDetailProps {
  member: MemberRow;
  revision: number;
  onRequestRemove(member: MemberRow): void;
}

export function MemberDetail({ member, revision, onRequestRemove }: MemberDetailProps) {
  const history = useRecordHistory('members', member.id, revision);
  const present = member.status === '在户';
  return (
    <div className="detail" aria-label={`${member.name} 的详情`}>
      <div className="detail-header">
        <div className="detail-title">
          <span className="detail-name">{member.name}</span>
          <span className={`badge ${present ? 'badge-ok' : 'badge-muted'}`}>{member.status}</span>
        </div>
        <div className="detail-sub">
          <span className="mono">
            <SensitiveText kind="idNo" text={member.idNo} />
          </span>
        </div>
        <div className="detail-sub">
          {member.sex} · {member.age} 岁 · {member.village} 户编号 <span className="mono">{member.householdNo}</span> · {member.relation}
        </div>
        <div className="detail-actions">
          <button type="button" className="btn btn-small" disabled={!present} onClick={() => onRequestRemove(member)}>
            移出（死亡 / 迁出 …）
          </button>
        </div>
      </div>
      <h2 className="pane-heading">修改记录</h2>
      <div className="detail-body">
        <HistoryList state={history} target={{ table: 'members', id: member.id, name: member.name }} />
      </div>
    </div>
  );
}
