/**
 * The quarter's three print-ready sheets — 季度就业/培训需求表, 就业帮扶落实情况表, 返乡回流跟踪台账 —
 * built by the server and downloaded as xlsx (as the 错误回执 is). An empty sheet is not
 * downloaded; the clerk is told there is nobody to list. Open 错误 findings ask first (useExportGuard).
 */
import { useState } from 'react';
import type { ApiInput } from '../../../shared/api/contract';
import { formatQuarter } from '../../../shared/domain/employment';
import { api, ApiCallError } from '../../api/client';
import type { MessageActions } from '../../hooks/useMessage';
import { useExportGuard } from '../checks/useExportGuard';
import { downloadBase64File } from '../imports/download-file';

type SheetKind = ApiInput<'export.employmentSheet'>['sheet'];

export const QUARTER_SHEETS: readonly { sheet: SheetKind; label: string }[] = [
  { sheet: 'needs-sheet', label: '需求表' },
  { sheet: 'service-sheet', label: '落实情况表' },
  { sheet: 'returnees', label: '返乡回流台账' },
];

export function QuarterExportButtons({ quarter, message }: { quarter: string; message: MessageActions }) {
  const [busy, setBusy] = useState<SheetKind | null>(null);
  const exportGuard = useExportGuard();

  const exportSheet = (sheet: SheetKind, label: string) => {
    setBusy(sheet);
    api
      .call('export.employmentSheet', { sheet, quarter })
      .then((file) => {
        if (file.rows === 0) {
          message.info(`${formatQuarter(quarter)}的${label}没有可列的人，未生成文件`);
          return;
        }
        downloadBase64File(file.fileName, file.contentBase64);
        message.success(`已导出“${file.fileName}”，共 ${file.rows} 人`);
      })
      .catch((error: unknown) => message.error(error instanceof ApiCallError ? error.message : `导出${label}失败，请重试`))
      .finally(() => setBusy(null));
  };

  return (
    <span className="quarter-exports" role="group" aria-label={`导出${formatQuarter(quarter)}报表`}>
      <span className="quarter-exports-label">{formatQuarter(quarter)}</span>
      {QUARTER_SHEETS.map(({ sheet, label }) => (
        <button key={sheet} type="button" className="btn btn-small" disabled={busy !== null} onClick={() => exportGuard.guard(label, () => exportSheet(sheet, label))}>
          {busy === sheet ? '正在导出…' : `导出${label}`}
        </button>
      ))}
      {exportGuard.dialog}
    </span>
  );
}
