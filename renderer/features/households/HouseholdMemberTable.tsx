import type { MemberRow } from '../../../shared/api/contract';
import { SensitiveText } from '../../components/SensitiveText';

/** The members of the selected household; removed members stay listed, greyed, with their status. */
export function HouseholdMemberTable({ members, onRemove }: { members: MemberRow[]; onRemove(member: MemberRow): void }) {
  if (members.length === 0) return <p className="pane-empty">这一户还没有成员，点“新增成员”录入。</p>;
  return (
    <table className="mini-table" aria-label="家庭成员">
      <thead>
        <tr>
          <th>姓名</th>
          <th>与户主关系</th>
          <th>证件号码</th>
          <th className="num">年龄</th>
          <th>状态</th>
          <th aria-label="操作" />
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id} className={m.status === '在户' ? undefined : 'is-removed'}>
            <td className="strong">{m.name}</td>
            <td>{m.relation}</td>
            <td className="mono">
              <SensitiveText kind="idNo" text={m.idNo} />
            </td>
            <td className="num">{m.age}</td>
            <td>{m.status}</td>
            <td className="actions">
              {m.status === '在户' && (
                <button type="button" className="link-button" onClick={() => onRemove(m)} aria-label={`移出 ${m.name}`}>
                  移出
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
