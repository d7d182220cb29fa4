/** Reading, encoding and server checking of the chosen file, with 取消 at every moment. */
import type { ImportStep } from './useImportSession';

type Reading = Extract<ImportStep, { kind: 'reading' }>;

function phaseText(phase: Reading['phase'], percent: number): string {
  switch (phase) {
    case 'read':
      return '正在读取文件…';
    case 'encode':
      return `正在准备上传 ${percent}%`;
    case 'stage':
      return '正在检查表格：识别表头、逐行校验、与台账比对…';
  }
}

export function UploadProgress({ fileName, phase, percent, onCancel }: Omit<Reading, 'kind'> & { onCancel(): void }) {
  const determinate = phase === 'encode';
  return (
    <div className="import-progress">
      <div className="import-progress-file">{fileName}</div>
      <div
        className={`progress-bar${determinate ? '' : ' is-indeterminate'}`}
        role="progressbar"
        aria-label="导入进度"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={determinate ? percent : undefined}
      >
        <span className="progress-fill" style={determinate ? { width: `${percent}%` } : undefined} />
      </div>
      <p className="import-progress-text" aria-live="polite">
        {phaseText(phase, percent)}
      </p>
      <button type="button" className="btn" onClick={onCancel}>
        取消
      </button>
    </div>
  );
}
