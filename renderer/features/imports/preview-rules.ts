/**
 * What the preview allows, and why not, in the words the clerk reads beside the disabled button.
 * One import commits the sheets of one template; a sheet of the same file recognised as another
 * template is named honestly (it is not written) instead of being silently skipped.
 */
import type { ImportPreview } from '../../../shared/api/imports-contract';

type PreviewSheet = ImportPreview['sheets'][number];

/** Sheets recognised as another template than the one this import commits. */
export function unsupportedSheets(preview: ImportPreview): PreviewSheet[] {
  return preview.sheets.filter((s) => s.templateId !== null && s.templateId !== preview.templateId);
}

/** Nothing in the file was recognised at all: the clerk must map a sheet before anything else. */
export function needsMapping(preview: ImportPreview): boolean {
  return preview.sheets.length > 0 && preview.sheets.every((s) => s.templateId === null);
}

/** Other departments' lists are whole lists, not monthly returns: they need no report month. */
const MONTHLESS_TEMPLATES: readonly (string | null)[] = ['assistance-list', 'insured-list', 'disability-list'];

export function needsMonth(preview: ImportPreview): boolean {
  return preview.reportMonth === null && !MONTHLESS_TEMPLATES.includes(preview.templateId);
}

/** Why 确认导入 is disabled, or null when it may be pressed. */
export function commitBlockReason(preview: ImportPreview): string | null {
  if (preview.templateId === null) {
    const other = unsupportedSheets(preview)[0];
    if (other?.templateName) return `识别为“${other.templateName}”，但没有找到可以导入的数据：请用“调整列对应”核对表头`;
    return '没有识别出可导入的工作表：请用“调整列对应”指定模板和表头';
  }
  if (preview.counts.read === 0) return '表中没有数据行';
  if (preview.errorCount > 0) {
    const rows = preview.counts.rejected;
    return `有 ${rows} 行数据有错误，整个文件不能导入：请下载错误回执交村里更正，或只导入有效行`;
  }
  if (needsMonth(preview)) return '文件没有写明报送月份：请先选择报送月份';
  return null;
}

/** 只导入有效行 is offered when some rows are rejected and at least one is good. */
export function canAcceptValid(preview: ImportPreview): boolean {
  return preview.templateId !== null && preview.counts.rejected > 0 && preview.counts.read > preview.counts.rejected && !needsMonth(preview);
}

const DETECTED_BY_LABEL: Record<NonNullable<PreviewSheet['detectedBy']>, string> = {
  headers: '按表头自动识别',
  remembered: '按记住的列对应',
  clerk: '手工指定',
};

export function detectedByLabel(sheet: PreviewSheet): string {
  return sheet.detectedBy === null ? '未识别' : DETECTED_BY_LABEL[sheet.detectedBy];
}

/** This month as YYYY-MM in local time (the clerk's calendar, not UTC). */
export function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}
