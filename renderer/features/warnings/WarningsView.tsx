/**
 * 预警: a month's warnings over the whole ledger. The month opens on the latest 统计期 with income
 * data; village and rule narrow the list (from the select boxes, the rule chips or the village
 * table). Each warning explains itself and opens its household in 户信息. A year without a policy
 * shows the server's message with the way to 政策标准. The 公示 lists of the month are exported here.
 */
import { useState } from 'react';
import { formatPeriod } from '../../../shared/domain/periods';
import { MessageBar } from '../../components/MessageBar';
import { useMessage } from '../../hooks/useMessage';
import { MonthField } from '../imports/MonthField';
import { GongshiButtons } from './GongshiButtons';
import { MissingPolicy } from './MissingPolicy';
import { RuleChips } from './RuleChips';
import { useDefaultPeriod } from './useDefaultPeriod';
import { useWarnings } from './useWarnings';
import { VillageCounts } from './VillageCounts';
import { filterWarnings, NO_FILTER, ruleCounts, villageCounts, type WarningFilter, type WarningItem } from './warning-filter';
import { WarningList } from './WarningList';

export interface WarningsViewProps {
  onOpenHousehold(householdId: number, householdNo: string): void;
  onOpenPolicy(): void;
}

export function WarningsView({ onOpenHousehold, onOpenPolicy }: WarningsViewProps) {
  const defaultPeriod = useDefaultPeriod();
  const [chosen, setChosen] = useState<string | null>(null);
  const period = chosen ?? defaultPeriod;
  const [filter, setFilter] = useState<WarningFilter>(NO_FILTER);
  const report = useWarnings(period);
  const message = useMessage();
  const data = report.data;

  const pick = (next: Partial<WarningFilter>) => setFilter((f) => ({ ...f, ...next }));
  const shown = data === null ? [] : filterWarnings(data.warnings, filter);
  const villageOptions = data === null ? [] : villageCounts(data, null).map((v) => v.village);
  // A chosen village stays selectable after a month change leaves it without warnings.
  if (filter.village !== null && !villageOptions.includes(filter.village)) villageOptions.push(filter.village);
  const open = (w: WarningItem) => onOpenHousehold(w.householdId, w.householdNo);

  return (
    <section className="view warnings-view" aria-label="预警">
      <div className="view-toolbar">
        <h1 className="view-title">预警</h1>
        <span className="inline-field">
          <span aria-hidden="true">月份</span>
          <MonthField label="预警月份" value={period} onChange={setChosen} />
        </span>
        <select className="toolbar-select" aria-label="村" disabled={data === null} value={filter.village ?? ''} onChange={(event) => pick({ village: event.target.value || null })}>
          <option value="">全部村</option>
          {villageOptions.map((village) => (
            <option key={village} value={village}>
              {village}
            </option>
          ))}
        </select>
        <select className="toolbar-select" aria-label="预警规则" disabled={data === null} value={filter.ruleId ?? ''} onChange={(event) => pick({ ruleId: event.target.value || null })}>
          <option value="">全部规则</option>
          {data?.byRule.map((r) => (
            <option key={r.ruleId} value={r.ruleId}>
              {r.ruleName}
            </option>
          ))}
        </select>
        <span className="view-count" aria-live="polite">
          {data === null ? '' : `共 ${shown.length} 条`}
        </span>
        <div className="toolbar-spacer" />
        <GongshiButtons period={period} disabled={data === null} message={message} />
      </div>
      <MessageBar message={message.current} onClose={message.clear} />
      {report.error?.code === 'policy.missing-year' ? (
        <MissingPolicy message={report.error.message} onOpenPolicy={onOpenPolicy} />
      ) : report.error !== null ? (
        <p className="pane-error">{report.error.message}</p>
      ) : data === null ? (
        <p className="pane-empty">正在计算预警…</p>
      ) : (
        <div className={`warnings-body${report.loading ? ' is-loading' : ''}`}>
          <div className="warnings-main">
            <div className="warnings-summary">
              <span className="warnings-period">{formatPeriod(data.period)}</span>
              <RuleChips rules={ruleCounts(data, filter.village)} active={filter.ruleId} onPick={(ruleId) => pick({ ruleId })} />
            </div>
            <div className="warnings-scroll">
              <WarningList warnings={shown} listKey={`${data.period}|${filter.village ?? ''}|${filter.ruleId ?? ''}`} onOpen={open} />
            </div>
          </div>
          <aside className="warnings-side" aria-label="各村预警">
            <h2 className="side-title">各村预警</h2>
            <VillageCounts villages={villageCounts(data, filter.ruleId)} active={filter.village} onPick={(village) => pick({ village })} />
          </aside>
        </div>
      )}
    </section>
  );
}
