/**
 * 返乡回流跟踪台账: every returning-worker case — opened by the monthly returns (县外 work turned
 * into none or 县内) or by hand — with status, days since return and services so far. 待跟进 narrows
 * it to open cases with no service in the current quarter (domain.md §7: every 返乡 labourer has a
 * follow-up within the quarter). The chosen case opens beside the grid with its steps.
 */
import type { GridApi } from 'ag-grid-community';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReturneeCase } from '../../../shared/api/employment-contract';
import { RETURNEE_STATUSES, type ReturneeStatus } from '../../../shared/domain/employment';
import { api } from '../../api/client';
import { EmptyPane } from '../../components/EmptyPane';
import { SearchBox } from '../../components/SearchBox';
import { MessageBar } from '../../components/MessageBar';
import { Tabs } from '../../components/Tabs';
import { LedgerGrid } from '../../grid/LedgerGrid';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useOnLedgerChanged } from '../../hooks/useLedgerSignal';
import { useMessage } from '../../hooks/useMessage';
import { RecordServiceDialog } from '../employment/RecordServiceDialog';
import { ToolbarSelect } from '../employment/ToolbarSelect';
import { useVillages } from '../households/useVillages';
import { createArrayDatasource } from './array-datasource';
import { LeaveAgainDialog } from './LeaveAgainDialog';
import { OpenCaseDialog } from './OpenCaseDialog';
import { ReemployDialog } from './ReemployDialog';
import { ReturneeDetail, type CaseStep } from './ReturneeDetail';
import { buildReturneeColumns } from './returnee-columns';
import { matchesSearch } from './returnee-search';

type Scope = 'all' | 'followUp';

const SEARCH_DEBOUNCE_MS = 250;


export function ReturneesView() {
  const [scope, setScope] = useState<Scope>('all');
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText, SEARCH_DEBOUNCE_MS);
  const [status, setStatus] = useState<ReturneeStatus | null>(null);
  const [village, setVillage] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [total, setTotal] = useState<number | null>(null);
  const [selected, setSelected] = useState<ReturneeCase | null>(null);
  const [revision, setRevision] = useState(0);
  const [step, setStep] = useState<CaseStep | 'open' | null>(null);
  const message = useMessage();
  const { error: showError } = message;
  const villages = useVillages();
  const gridApi = useRef<GridApi<ReturneeCase> | null>(null);

  const columnDefs = useMemo(() => buildReturneeColumns(), []);
  const datasource = useMemo(
    () =>
      createArrayDatasource<ReturneeCase>({
        fetchAll: () =>
          api
            .call('returnees.list', {
              ...(scope === 'followUp' ? { followUpOnly: true } : {}),
              ...(status === null ? {} : { status }),
              ...(village === null ? {} : { village }),
            })
            .then((cases) => cases.filter((c) => matchesSearch(c, search))),
        onTotal: setTotal,
        onError: showError,
      }),
    // `reload` asks for a fresh list after a step or a change elsewhere.
    [scope, status, village, search, showError, reload],
  );

  // The list and the chosen case are read again: a step changes its status, services and follow-up.
  const refresh = () => {
    setReload((n) => n + 1);
    setRevision((n) => n + 1);
    api
      .call('returnees.list', {})
      .then((cases) => setSelected((current) => (current === null ? null : (cases.find((c) => c.id === current.id) ?? current))))
      .catch(() => undefined);
  };
  useOnLedgerChanged(refresh);
  const onReady = useCallback((ready: GridApi<ReturneeCase>) => {
    gridApi.current = ready;
  }, []);
  const onSelect = useCallback((row: ReturneeCase | null) => {
    if (row !== null) setSelected(row);
  }, []);
  const saved = (next: ReturneeCase, text: string) => {
    setStep(null);
    setSelected(next);
    refresh();
    message.success(text);
  };

  return (
    <section className="view returnees-view" aria-label="返乡回流">
      <div className="view-toolbar">
        <h1 className="view-title">返乡回流</h1>
        <Tabs<Scope>
          label="返乡回流名单"
          items={[
            { key: 'all', label: '跟踪台账' },
            { key: 'followUp', label: '本季度待跟进' },
          ]}
          active={scope}
          onChange={setScope}
        />
        <span className="view-count" aria-live="polite">
          {total === null ? '' : `共 ${total} 人`}
        </span>
        <SearchBox value={searchText} onChange={setSearchText} placeholder="搜索 姓名 / 证件号码 / 户编号" />
        <ToolbarSelect<ReturneeStatus> label="状态" allLabel="全部状态" value={status} options={RETURNEE_STATUSES} onChange={setStatus} />
        <ToolbarSelect label="村" allLabel="全部村" value={village} options={(villages.data ?? []).map((v) => v.name)} onChange={setVillage} />
        <div className="toolbar-spacer" />
        <button type="button" className="btn" onClick={() => setStep('open')}>
          手工建档
        </button>
      </div>
      <MessageBar message={message.current} onClose={message.clear} />
      {total === 0 && (
        <p className="view-empty-note">
          {search !== '' || status !== null || village !== null
            ? '没有符合条件的返乡人员。'
            : scope === 'followUp'
              ? '本季度所有跟踪中的返乡人员都已有服务记录。'
              : '还没有返乡回流档案。导入务工月监测表后，县外务工转为在家的劳动力会自动建档；也可以手工建档。'}
        </p>
      )}
      <div className="view-body">
        <LedgerGrid<ReturneeCase>
          label="返乡回流列表"
          title="返乡回流跟踪台账"
          viewKey="returnees"
          columnDefs={columnDefs}
          datasource={datasource}
          message={message}
          onSelect={onSelect}
          onReady={onReady}
        />
        <aside className="detail-pane" aria-label="返乡回流详情">
          {selected === null ? (
            <EmptyPane title="未选择返乡人员" lines={['在左侧表格中点选一人，查看返乡情况、服务记录和本季度达标情况。', '可记录就业服务、再就业或再次外出。']} />
          ) : (
            <ReturneeDetail key={selected.id} returnee={selected} revision={revision} onStep={setStep} />
          )}
        </aside>
      </div>
      {step === 'open' && <OpenCaseDialog onClose={() => setStep(null)} onDone={(opened) => saved(opened, `已为 ${opened.name} 建立返乡回流档案`)} />}
      {step === 'reemploy' && selected !== null && (
        <ReemployDialog returnee={selected} onClose={() => setStep(null)} onDone={(next) => saved(next, `已记录 ${next.name} 再就业，档案已结案`)} />
      )}
      {step === 'leave' && selected !== null && (
        <LeaveAgainDialog returnee={selected} onClose={() => setStep(null)} onDone={(next) => saved(next, `已记录 ${next.name} 再次外出，档案已结案`)} />
      )}
      {step === 'service' && selected !== null && (
        <RecordServiceDialog
          subject={selected}
          onClose={() => setStep(null)}
          onDone={(event) => {
            setStep(null);
            refresh();
            message.success(`已记录 ${event.name} 的${event.kind}（${event.date}）`);
          }}
        />
      )}
    </section>
  );
}
