/**
 * 导出公示名单: the printable 公示 lists of a month (拟纳入监测 / 拟风险消除), IDs masked by the
 * server, downloaded as xlsx. An empty list is not downloaded; the clerk is told there is nobody.
 * Open 错误 findings ask first (useExportGuard).
 */
import { useState } from 'react';
import { formatPeriod } from '../../../shared/domain/periods';
import { api, ApiCallError } from '../../api/client';
import type { MessageActions } from '../../hooks/useMessage';
import { useExportGuard } from '../checks/useExportGuard';
import { downloadBase64File } from '../imports/download-file';

type GongshiKind = '纳入' | '风险消除';

const LABEL: Record<GongshiKind, string> = { 纳入: '拟纳入', 风险消除: '拟风险消除' };

export function GongshiButtons({ period, disabled, message }: { period: string | null; disabled: boolean; message: MessageActions }) {
  const [busy, setBusy] = useState<GongshiKind | null>(null);
  const exportGuard = useExportGuard();

  const exportList = (kind: GongshiKind) => {
    if (period === null) return;
    setBusy(kind);
    api
      .call('export.gongshi', { period, kind })
      .then((file) => {
        if (file.rows === 0) {
          message.info(`${formatPeriod(period)}没有${LABEL[kind]}的户，未生成公示名单`);
          return;
        }
        downloadBase64File(file.fileName, file.contentBase64);
        message.success(`已导出“${file.fileName}”，共 ${file.rows} 户；证件号码已按公示要求遮挡`);
      })
      .catch((error: unknown) => message.error(error instanceof ApiCallError ? error.message : '导出公示名单失败，请重试'))
      .finally(() => setBusy(null));
  };

  return (
    <span className="gongshi-buttons" role="group" aria-label="导出公示名单">
      {(['纳入', '风险消除'] as const).map((kind) => (
        <button key={kind} type="button" className="btn" disabled={disabled || busy !== null} onClick={() => exportGuard.guard('公示名单', () => exportList(kind))}>
          {busy === kind ? '正在导出…' : `导出公示名单（${LABEL[kind]}）`}
        </button>
      ))}
      {exportGuard.dialog}
    </span>
  );
}
