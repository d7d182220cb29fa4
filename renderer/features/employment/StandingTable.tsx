/**
 * The quarter's labourers with a job or training need and their 1/1/3 counts: one row each, 未达标
 * first (they are the work left), with the server's reason. A row opens the labourer's services.
 */
import type { ServiceStanding } from '../../../shared/api/employment-contract';
import { SensitiveText } from '../../components/SensitiveText';
import type { Targets } from './ServiceStandingCard';

function count(done: number, target: number) {
  return <td className={`cell-number ${done >= target ? 'is-done' : 'is-short'}`}>{`${done}/${target}`}</td>;
}

export function StandingTable({ rows, targets, selected, onSelect }: { rows: readonly ServiceStanding[]; targets: Targets; selected: number | null; onSelect(row: ServiceStanding): void }) {
  const ordered = [...rows].sort((a, b) => Number(a.met) - Number(b.met) || (a.village ?? '').localeCompare(b.village ?? '', 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'));
  return (
    <table className="standing-table" aria-label="服务达标名单">
      <thead>
        <tr>
          <th>村</th>
          <th>姓名</th>
          <th>证件号码</th>
          <th>需求</th>
          <th className="cell-number">就业指导</th>
          <th className="cell-number">就业培训</th>
          <th className="cell-number">岗位推荐</th>
          <th>达标</th>
          <th>原因</th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((row) => (
          <tr key={row.memberId} className={row.memberId === selected ? 'is-selected' : undefined} aria-selected={row.memberId === selected} onClick={() => onSelect(row)}>
            <td>{row.village ?? ''}</td>
            <td className="standing-name">{row.name}</td>
            <td className="cell-kind-idNo">
              <SensitiveText kind="idNo" text={row.idNo} />
            </td>
            <td>{[row.jobNeed === '是' ? '就业' : null, row.trainingNeed === '是' ? `培训${row.trainingKind ? `（${row.trainingKind}）` : ''}` : null].filter(Boolean).join('、')}</td>
            {count(row.guidance, targets.guidance)}
            {count(row.training, targets.training)}
            {count(row.recommendations, targets.recommendations)}
            <td>
              <span className={`standing-badge ${row.met ? 'is-met' : 'is-unmet'}`}>{row.met ? '达标' : '未达标'}</span>
            </td>
            <td className="standing-reason-cell">{row.met ? '' : (row.reason ?? '')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
