import type { HistoryEntry } from '../../../shared/api/contract';
import type { ApiQueryState } from '../../hooks/useApiQuery';
import { formatHistoryValue, formatTime, sourceLabel } from './history-format';

/** The change history of one record: when, who, which field, old → new; creation as 新建. */
export function HistoryList({ state }: { state: ApiQueryState<HistoryEntry[]> }) {
  if (state.error !== null) return <p className="pane-error">{state.error}</p>;
  if (state.data === null) return <p className="pane-empty">正在读取修改记录…</p>;
  if (state.data.length === 0) return <p className="pane-empty">暂无修改记录</p>;
  return (
    <ol className="history-list" aria-label="修改记录">
      {state.data.map((entry) => (
        <li key={entry.id} className={`history-entry history-${entry.op}`}>
          <div className="history-meta">
            <time dateTime={entry.at}>{formatTime(entry.at)}</time>
            <span className="history-actor">{entry.actor}</span>
            <span className="history-source">{sourceLabel(entry)}</span>
          </div>
          {entry.op === 'insert' ? (
            <div className="history-change">
              <span className="history-field">新建</span>
              <span className="history-new">建立此条记录</span>
            </div>
          ) : (
            <div className="history-change">
              <span className="history-field">{entry.fieldLabel}</span>
              <span className="history-old">{formatHistoryValue(entry.oldValue)}</span>
              <span className="history-arrow" aria-label="改为">
                →
              </span>
              <span className="history-new">{formatHistoryValue(entry.newValue)}</span>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
