/**
 * One finding: severity, rule, household and member, the explanation, the values the rule read,
 * and what the clerk can do: 打开记录 (jump to the record and cell), 标记已核实 / 取消核实.
 */
import type { FindingRow } from '../../../shared/api/checks-contract';

function shown(value: string | number | boolean | null): string {
  if (value === null || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

export interface FindingCardProps {
  finding: FindingRow;
  onOpen(finding: FindingRow): void;
  onVerify(finding: FindingRow): void;
  onUnverify(finding: FindingRow): void;
}

export function FindingCard({ finding: f, onOpen, onVerify, onUnverify }: FindingCardProps) {
  return (
    <li className={`warning-card finding-card${f.severity === '错误' ? ' is-alert' : ''}${f.verified ? ' is-verified' : ''}`} aria-label={`${f.ruleName}：${f.householdNo}`}>
      <div className="warning-head">
        <span className={`severity-tag${f.severity === '错误' ? ' is-alert' : ''}`}>{f.severity}</span>
        <span className="warning-rule">{f.ruleName}</span>
        <span className="warning-household">
          {f.village ?? '（未填村）'}
          <span className="warning-sep">·</span>
          户主 <strong>{f.headName ?? '（未填）'}</strong>
          <span className="warning-sep">·</span>
          {f.householdNo}
        </span>
        {f.memberName !== null && <span className="warning-member">成员 {f.memberName}</span>}
      </div>
      <p className="warning-message">{f.message}</p>
      <dl className="warning-figures">
        {Object.entries(f.read).map(([label, value]) => (
          <div key={label} className="warning-figure">
            <dt>{label}</dt>
            <dd>{shown(value)}</dd>
          </div>
        ))}
      </dl>
      {f.verified && (
        <p className="finding-verified">
          已核实（{f.verified.actor}，{f.verified.at.slice(0, 10)}）：{f.verified.note}
        </p>
      )}
      <div className="finding-actions">
        <button type="button" className="btn btn-small btn-primary" onClick={() => onOpen(f)}>
          打开记录
        </button>
        {f.verified ? (
          <button type="button" className="btn btn-small" onClick={() => onUnverify(f)}>
            取消核实
          </button>
        ) : (
          <button type="button" className="btn btn-small" onClick={() => onVerify(f)}>
            标记已核实
          </button>
        )}
      </div>
    </li>
  );
}
