/**
 * The head of the preview: the file, the template and sheet it was read as, the header row, and
 * the report month (editable: a file that does not state it, or states it wrongly, gets it here).
 */
import type { ImportPreview } from '../../../shared/api/imports-contract';
import { MonthField } from './MonthField';
import { detectedByLabel, needsMonth, unsupportedSheets } from './preview-rules';
import { SheetList } from './SheetList';

export interface PreviewSummaryProps {
  preview: ImportPreview;
  monthBusy: boolean;
  onMonth(month: string): void;
  onOpenMapping(sheet: string): void;
}

export function PreviewSummary({ preview, monthBusy, onMonth, onOpenMapping }: PreviewSummaryProps) {
  const main = preview.sheets.find((s) => s.templateId === preview.templateId && s.templateId !== null) ?? preview.sheets[0];
  const unsupported = unsupportedSheets(preview);
  return (
    <header className="preview-head">
      <div className="preview-title-row">
        <svg className="preview-file-icon" viewBox="0 0 20 20" aria-hidden="true">
          <path d="M4.5 2.5h8l3 3v12h-11z" fill="#e7f5ec" stroke="#1d7345" strokeWidth="1.2" strokeLinejoin="round" />
          <path d="M7 9l4 5M11 9l-4 5" stroke="#1d7345" strokeWidth="1.4" strokeLinecap="round" />
        </svg>
        <h2 className="preview-file-name">{preview.fileName}</h2>
        <span className="tag tag-plain">{preview.format.toUpperCase()}</span>
        <div className="toolbar-spacer" />
        {main !== undefined && (
          <button type="button" className="btn btn-small" onClick={() => onOpenMapping(main.name)}>
            调整列对应
          </button>
        )}
      </div>
      <dl className="preview-facts">
        <div>
          <dt>模板</dt>
          <dd className={preview.templateName === null ? 'is-missing' : undefined}>{preview.templateName ?? '未识别'}</dd>
        </div>
        {main !== undefined && (
          <div>
            <dt>工作表</dt>
            <dd>
              “{main.name}” · {detectedByLabel(main)}
            </dd>
          </div>
        )}
        {main !== undefined && main.headerRow !== null && (
          <div>
            <dt>表头</dt>
            <dd>表头在第 {main.headerRow} 行</dd>
          </div>
        )}
        <div>
          <dt>报送月份</dt>
          <dd className="preview-month">
            <MonthField label="报送月份" value={preview.reportMonth} disabled={monthBusy} onChange={onMonth} />
            {needsMonth(preview) && <span className="field-note is-missing">文件中没有写明，请选择</span>}
          </dd>
        </div>
      </dl>
      {unsupported.map((sheet) => (
        <p key={sheet.name} className="notice notice-warn">
          工作表“{sheet.name}”识别为<strong>{sheet.templateName}</strong>，与本次导入的{preview.templateName ?? '表'}不是同一种表，这次不会写入台账：请另存为单独的文件再导入。
        </p>
      ))}
      {preview.sheets.length > 1 && <SheetList sheets={preview.sheets} onOpenMapping={onOpenMapping} />}
    </header>
  );
}
