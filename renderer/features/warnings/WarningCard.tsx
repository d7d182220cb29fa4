/**
 * One warning as a clerk reads it out: severity and rule, whose household (click to open it in
 * 户信息), the full explanation, the figures it used and the threshold, and for a household newly
 * below the 监测线 the date 识别纳入 is due by, flagged when it has passed.
 */
import { StatusChip } from '../imports/StatusChip';
import { shownFigures, type WarningItem } from './warning-filter';

export function WarningCard({ warning: w, onOpen }: { warning: WarningItem; onOpen(w: WarningItem): void }) {
  const alert = w.severity === '预警';
  return (
    // The whole card opens the household for the mouse; the named button inside serves the keyboard.
    <li className={`warning-card${alert ? ' is-alert' : ' is-notice'}`} onClick={() => onOpen(w)}>
      <div className="warning-head">
        <StatusChip tone={alert ? 'danger' : 'warn'}>{w.severity}</StatusChip>
        <span className="warning-rule">{w.ruleName}</span>
        <button type="button" className="link-button warning-household" aria-label={`打开户编号 ${w.householdNo} 的户信息`}>
          户主 <strong>{w.headName ?? '（未登记）'}</strong>
          <span className="warning-sep">·</span>
          户编号 <span className="mono">{w.householdNo}</span>
          <span className="warning-sep">·</span>
          {w.village ?? '（未填村）'}
        </button>
        {w.memberName !== null && <span className="warning-member">成员 {w.memberName}</span>}
        {w.deadline !== null && (
          <span className={`warning-deadline${w.overdue ? ' is-overdue' : ''}`}>
            应识别截止 <span className="mono">{w.deadline}</span>
            {w.overdue && <StatusChip tone="danger">已逾期</StatusChip>}
          </span>
        )}
      </div>
      <p className="warning-message">{w.message}</p>
      <dl className="warning-figures">
        {shownFigures(w).map(([label, value]) => (
          <div key={label} className="warning-figure">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {w.threshold !== null && (
          <div className="warning-figure is-threshold">
            <dt>阈值</dt>
            <dd>{w.threshold}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}
