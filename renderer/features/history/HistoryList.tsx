import { useState } from 'react';
import type { HistoryEntry } from '../../../shared/api/contract';
import type { ApiQueryState } from '../../hooks/useApiQuery';
import { fieldsChangedAfter, formatHistoryValue, formatTime, sourceLabel } from './history-format';
import { RestoreVersionDialog, type RestoreTarget } from './RestoreVersionDialog';

/**
 * The change history of one record: when, who, which field, old → new; creation as 新建. With a
 * `target`, every entry but the newest offers 恢复到此版本.
 */
export function HistoryList({ state, target }: { state: ApiQueryState<HistoryEntry[]>; target?: RestoreTarget }) {
  const [restoring, setRestoring] = useState<HistoryEntry | null>(null);
  if (state.error !== null) return <p className="pane-error">{state.error}</p>;
  if (state.data === null) return <p className="pane-empty">正在读取修改记录…</p>;
  if (state.data.length === 0) return <p className="pane-empty">暂无修改记录</p>;
  const entries = state.data;
  const newestId = Math.max(...entries.map((e) => e.id));
  return (
    <>
      <ol className="history-list" aria-label="修改记录">
        {entries.map((entry) => (
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
            {target !== undefined && entry.id !== newestId && entry.op !== 'delete' && (
              <div className="history-restore">
                <button type="button" className="link-button" onClick={() => setRestoring(entry)}>
                  恢复到此版本
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {restoring !== null && target !== undefined && (
        <RestoreVersionDialog target={target} entry={restoring} fields={fieldsChangedAfter(entries, restoring)} onClose={() => setRestoring(null)} />
      )}
    </>
  );
}
