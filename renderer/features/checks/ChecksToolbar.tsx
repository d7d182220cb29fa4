/** 数据筛查 toolbar: filters, the 已核实 toggle, 重新筛查 and 导出疑点清单. */
import { useState } from 'react';
import type { FindingsReport } from '../../../shared/api/checks-contract';
import { CHECK_RULES } from '../../../shared/domain/checks';
import { api, ApiCallError } from '../../api/client';
import type { MessageActions } from '../../hooks/useMessage';
import { downloadBase64File } from '../imports/download-file';

export interface ChecksFilter {
  village: string | null;
  ruleId: string | null;
  includeVerified: boolean;
}

export interface ChecksToolbarProps {
  data: FindingsReport | null;
  filter: ChecksFilter;
  shown: number;
  message: MessageActions;
  onFilter(next: Partial<ChecksFilter>): void;
  onRerun(): void;
  /** A background run is going on (重新筛查 would only join it). */
  checking: boolean;
}

export function ChecksToolbar({ data, filter, shown, message, onFilter, onRerun, checking }: ChecksToolbarProps) {
  const [busy, setBusy] = useState<'run' | 'export' | null>(null);
  // A chosen village stays selectable after its findings are fixed.
  const villages = (data?.byVillage ?? []).map((v) => v.village);
  if (filter.village !== null && !villages.includes(filter.village)) villages.push(filter.village);

  const rerun = () => {
    setBusy('run');
    api
      .call('checks.run', { full: true })
      .then((run) => {
        // A large ledger is checked in the background: the view shows its progress and reloads at the end.
        if (run.checking === null) message.success(`已重新筛查 ${run.households} 户，发现疑点 ${run.findings} 条（含已核实）`);
        onRerun();
      })
      .catch((e: unknown) => message.error(e instanceof ApiCallError ? e.message : '筛查失败，请重试'))
      .finally(() => setBusy(null));
  };

  const exportList = () => {
    setBusy('export');
    api
      .call('export.findings', filter.village === null ? {} : { village: filter.village })
      .then((file) => {
        if (file.rows === 0) {
          message.info('没有未处理的疑点，未生成疑点清单');
          return;
        }
        downloadBase64File(file.fileName, file.contentBase64);
        message.success(`已导出“${file.fileName}”，共 ${file.rows} 条，每村一张表，证件号码已遮挡`);
      })
      .catch((e: unknown) => message.error(e instanceof ApiCallError ? e.message : '导出疑点清单失败，请重试'))
      .finally(() => setBusy(null));
  };

  return (
    <div className="view-toolbar">
      <h1 className="view-title">数据筛查</h1>
      <select className="toolbar-select" aria-label="村" disabled={data === null} value={filter.village ?? ''} onChange={(event) => onFilter({ village: event.target.value || null })}>
        <option value="">全部村</option>
        {villages.map((village) => (
          <option key={village} value={village}>
            {village}
          </option>
        ))}
      </select>
      <select className="toolbar-select" aria-label="筛查规则" disabled={data === null} value={filter.ruleId ?? ''} onChange={(event) => onFilter({ ruleId: event.target.value || null })}>
        <option value="">全部规则</option>
        {CHECK_RULES.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
      <label className="toggle">
        <input type="checkbox" checked={filter.includeVerified} onChange={(event) => onFilter({ includeVerified: event.target.checked })} />
        显示已核实
      </label>
      <span className="view-count" aria-live="polite">
        {data === null ? '' : `共 ${shown} 条`}
      </span>
      <div className="toolbar-spacer" />
      <button type="button" className="btn" disabled={busy !== null || checking} onClick={rerun}>
        {busy === 'run' || checking ? '正在筛查…' : '重新筛查'}
      </button>
      <button type="button" className="btn" disabled={busy !== null || data === null} onClick={exportList}>
        {busy === 'export' ? '正在导出…' : '导出疑点清单'}
      </button>
    </div>
  );
}
