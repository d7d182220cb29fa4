/**
 * 季度末导出: the town's whole ledger for the county as one workbook (说明 + one sheet per table).
 * The quarter defaults to the last one that has ended; the eight before it can be chosen. Open
 * 错误 findings ask first (useExportGuard).
 */
import { useMemo, useState } from 'react';
import { formatQuarter, parseQuarter, quarterContaining, type Quarter } from '../../../shared/domain/quarters';
import { api, ApiCallError } from '../../api/client';
import type { MessageActions } from '../../hooks/useMessage';
import { useExportGuard } from '../checks/useExportGuard';
import { downloadBase64File } from '../imports/download-file';

function previous(quarter: Quarter): Quarter {
  return parseQuarter(quarter.index === 1 ? `${quarter.year - 1}Q4` : `${quarter.year}Q${quarter.index - 1}`) as Quarter;
}

function quarterChoices(now: Date): Quarter[] {
  const current = quarterContaining(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`);
  const list = [current];
  while (list.length < 9) list.push(previous(list[list.length - 1] as Quarter));
  return list;
}

export function QuarterExport({ message }: { message: MessageActions }) {
  const choices = useMemo(() => quarterChoices(new Date()), []);
  const [quarter, setQuarter] = useState((choices[1] ?? choices[0])?.id ?? '');
  const [busy, setBusy] = useState(false);
  const exportGuard = useExportGuard();

  const run = () => {
    setBusy(true);
    api
      .call('export.quarter', { quarter })
      .then((file) => {
        downloadBase64File(file.fileName, file.contentBase64);
        message.success(`已导出“${file.fileName}”：${file.sheets.map((s) => `${s.name} ${s.rows} 行`).join('，')}`);
      })
      .catch((error: unknown) => message.error(error instanceof ApiCallError ? error.message : '季度导出失败，请重试'))
      .finally(() => setBusy(false));
  };

  return (
    <span className="quarter-export" role="group" aria-label="季度末导出">
      <select className="toolbar-select" aria-label="导出季度" value={quarter} onChange={(event) => setQuarter(event.target.value)} disabled={busy}>
        {choices.map((q) => (
          <option key={q.id} value={q.id}>
            {formatQuarter(q)}
          </option>
        ))}
      </select>
      <button type="button" className="btn" onClick={() => exportGuard.guard('季度末台账', run)} disabled={busy}>
        {busy ? '正在导出…' : '季度末导出'}
      </button>
      {exportGuard.dialog}
    </span>
  );
}
