/**
 * The mapping step: for a sheet the import did not recognise (or the clerk wants to correct),
 * choose the template, the header row and, per column, the template field. Submitting remaps the
 * rows already read (the file is not read again) and the server remembers the mapping for files
 * whose header looks the same.
 */
import { useState } from 'react';
import type { ImportPreview } from '../../../shared/api/imports-contract';
import { templateById, TEMPLATES } from '../../../shared/templates';
import type { TemplateId, TemplateSpec } from '../../../shared/templates/types';
import { checkMapping, guessMapping, likelyHeaderRow, mappingForApi, type ColumnMapping } from './column-mapping';
import { HeaderRowPreview } from './HeaderRowPreview';
import { MappingTable } from './MappingTable';
import type { RemapInput } from './useImportSession';

export interface ColumnMappingPanelProps {
  preview: ImportPreview;
  sheetName: string;
  busy: boolean;
  onSubmit(input: RemapInput): void;
  onCancel(): void;
  onDiscard(): void;
}

function templateOf(id: TemplateId): TemplateSpec {
  return templateById(id) ?? TEMPLATES[0]!;
}

function blockReason(check: ReturnType<typeof checkMapping>): string | null {
  if (check.mappedCount === 0) return '还没有任何列对应到字段';
  if (check.duplicated.length > 0) return `“${check.duplicated.join('”“')}”对应了不止一列：一个字段只能对应一列`;
  if (check.missingRequired.length > 0) return `必填字段还没有对应的列：${check.missingRequired.join('、')}`;
  return null;
}

export function ColumnMappingPanel({ preview, sheetName, busy, onSubmit, onCancel, onDiscard }: ColumnMappingPanelProps) {
  const [sheetChoice, setSheetChoice] = useState(sheetName);
  const sheet = preview.sheets.find((s) => s.name === sheetChoice) ?? preview.sheets[0];
  const [templateId, setTemplateId] = useState<TemplateId>(sheet?.templateId ?? 'household-members');
  const [headerRow, setHeaderRow] = useState(sheet ? (sheet.headerRow ?? likelyHeaderRow(sheet)) : 1);
  const [mapping, setMapping] = useState<ColumnMapping>(() => (sheet ? guessMapping(sheet, templateOf(templateId), headerRow) : {}));
  if (sheet === undefined) return <p className="pane-error">这个文件没有工作表</p>;

  const template = templateOf(templateId);
  const check = checkMapping(template, mapping);
  const blocked = blockReason(check);
  const maxRow = Math.max(1, sheet.firstRows.length);
  // Every change of sheet, template or header row starts from a fresh guess for that combination.
  const choose = (next: { sheet?: string; template?: TemplateId; row?: number }) => {
    const nextSheet = preview.sheets.find((s) => s.name === (next.sheet ?? sheet.name)) ?? sheet;
    const nextTemplate = next.template ?? (next.sheet ? (nextSheet.templateId ?? templateId) : templateId);
    const nextRow = next.row ?? (next.sheet ? (nextSheet.headerRow ?? likelyHeaderRow(nextSheet)) : headerRow);
    setSheetChoice(nextSheet.name);
    setTemplateId(nextTemplate);
    setHeaderRow(nextRow);
    setMapping(guessMapping(nextSheet, templateOf(nextTemplate), nextRow));
  };

  return (
    <div className="import-stage">
      <div className="import-scroll">
        <header className="preview-head">
          <div className="preview-title-row">
            <h2 className="preview-file-name">调整列对应</h2>
            <span className="preview-file-sub">{preview.fileName}</span>
          </div>
          <p className="mapping-intro">
            {sheet.templateId === null ? '没有自动识别出这张表。' : ''}
            请指定模板、表头所在的行，以及每一列对应的字段。<strong>应用后会记住这种表头</strong>，以后导入表头相同的文件时自动套用。
          </p>
          <div className="mapping-settings">
            {preview.sheets.length > 1 && (
              <label className="form-field">
                <span className="form-label">工作表</span>
                <select value={sheet.name} onChange={(event) => choose({ sheet: event.target.value })}>
                  {preview.sheets.map((s) => (
                    <option key={s.name} value={s.name}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="form-field">
              <span className="form-label">模板</span>
              <select value={templateId} onChange={(event) => choose({ template: event.target.value as TemplateId })}>
                {TEMPLATES.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="form-field mapping-row-field">
              <span className="form-label">表头在第几行</span>
              <input
                type="number"
                min={1}
                max={maxRow}
                value={headerRow}
                onChange={(event) => {
                  const row = Number(event.target.value);
                  if (Number.isInteger(row) && row >= 1 && row <= maxRow) choose({ row });
                }}
              />
            </label>
          </div>
        </header>
        <section className="import-section" aria-label="表格开头">
          <h3 className="section-title">
            表格开头<span className="section-summary">点行号可把那一行设为表头；蓝色为当前表头行</span>
          </h3>
          <HeaderRowPreview rows={sheet.firstRows} headerRow={headerRow} onPick={(row) => choose({ row })} />
        </section>
        <section className="import-section" aria-label="列对应">
          <h3 className="section-title">
            列对应<span className="section-summary">已对应 {check.mappedCount} 列；带 * 的字段必须有对应的列</span>
          </h3>
          <MappingTable sheet={sheet} headerRow={headerRow} template={template} mapping={mapping} onChange={(index, key) => setMapping({ ...mapping, [index]: key })} />
        </section>
      </div>
      <footer className="import-footer">
        <p className={`import-footer-reason${blocked === null ? '' : ' is-blocked'}`}>{blocked ?? `将按 ${check.mappedCount} 列的对应重新检查“${sheet.name}”的每一行。`}</p>
        <button type="button" className="btn" disabled={busy} onClick={onDiscard}>
          放弃这个文件
        </button>
        {preview.sheets.some((s) => s.templateId !== null) && (
          <button type="button" className="btn" disabled={busy} onClick={onCancel}>
            返回预览
          </button>
        )}
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || blocked !== null}
          onClick={() => onSubmit({ sheet: sheet.name, templateId, headerRow, mapping: mappingForApi(mapping) })}
        >
          {busy ? '正在应用…' : '应用列对应'}
        </button>
      </footer>
    </div>
  );
}
