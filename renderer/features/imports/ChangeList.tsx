/** The pageable change list of a staged import, filtered by kind (全部/新户/新成员/变更/迁移/未列出). */
import { useState } from 'react';
import { Tabs } from '../../components/Tabs';
import { CHANGE_FILTERS, filterTotal, type ChangeFilterKey } from './change-pages';
import { ChangeRow } from './ChangeRow';
import { Pager } from './Pager';
import { CHANGE_PAGE_SIZE, useImportChanges } from './useImportChanges';

export function ChangeList({ sessionId, revision }: { sessionId: string; revision: number }) {
  const [filterKey, setFilterKey] = useState<ChangeFilterKey>('all');
  const [page, setPage] = useState(0);
  const filter = CHANGE_FILTERS.find((f) => f.key === filterKey) ?? CHANGE_FILTERS[0]!;
  const state = useImportChanges(sessionId, revision, filter, page);
  const { totals } = state;
  const tabs = CHANGE_FILTERS.map((f) => ({ key: f.key, label: totals === null ? f.label : `${f.label} ${filterTotal(f, totals)}` }));

  return (
    <section className="import-section change-section" aria-label="变更明细">
      <div className="section-head">
        <h3 className="section-title">变更明细</h3>
        <Tabs
          items={tabs}
          active={filterKey}
          label="变更类型"
          onChange={(key) => {
            setFilterKey(key);
            setPage(0);
          }}
        />
      </div>
      {state.error !== null && <p className="pane-error">{state.error}</p>}
      <table className={`data-table change-table${state.loading ? ' is-loading' : ''}`} aria-label="变更明细列表">
        <thead>
          <tr>
            <th className="num">行</th>
            <th>类型</th>
            <th>村</th>
            <th>户编号</th>
            <th>姓名</th>
            <th>证件号码</th>
            <th>变化</th>
          </tr>
        </thead>
        <tbody>
          {(state.rows ?? []).map((change, i) => (
            <ChangeRow key={`${change.kind}:${change.householdNo}:${change.idNo ?? ''}:${i}`} change={change} />
          ))}
          {state.rows !== null && state.rows.length === 0 && (
            <tr>
              <td colSpan={7} className="table-empty">
                这一类没有变化
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {state.total !== null && state.total > CHANGE_PAGE_SIZE && <Pager page={page} pageSize={CHANGE_PAGE_SIZE} total={state.total} onPage={setPage} />}
    </section>
  );
}
