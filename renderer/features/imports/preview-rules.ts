/**
 * What the preview allows, and why not, in the words the clerk reads beside the disabled button.
 * A sheet recognised as a template the import cannot commit (shared/templates COMMITTABLE_TEMPLATES)
 * is named honestly instead of being offered for import.
 */
import type { ImportPreview } from '../../../shared/api/imports-contract';
import { COMMITTABLE_TEMPLATES, isCommittable, templateById } from '../../../shared/templates';

/** 家庭成员信息表、收入情况表… — what this version can import, for the clerk. */
export function importableNames(): string {
  return COMMITTABLE_TEMPLATES.map((id) => templateById(id)?.name ?? id).filter((n, i, all) => all.indexOf(n) === i).join('、');
}

type PreviewSheet = ImportPreview['sheets'][number];

/** Sheets recognised as a template this version cannot import yet. */
export function unsupportedSheets(preview: ImportPreview): PreviewSheet[] {
  return preview.sheets.filter((s) => s.templateId !== null && !isCommittable(s.templateId));
}

/** Nothing in the file was recognised at all: the clerk must map a sheet before anything else. */
export function needsMapping(preview: ImportPreview): boolean {
  return preview.sheets.length > 0 && preview.sheets.every((s) => s.templateId === null);
}

/** Why 确认导入 is disabled, or null when it may be pressed. */
export function commitBlockReason(preview: ImportPreview): string | null {
  if (preview.templateId === null) {
    const other = unsupportedSheets(preview)[0];
    if (other?.templateName) return `识别为“${other.templateName}”：本版本还不能导入这种表，目前能导入：${importableNames()}`;
    return '没有识别出可导入的工作表：请用“调整列对应”指定模板和表头';
  }
  if (preview.counts.read === 0) return '表中没有数据行';
  if (preview.errorCount > 0) {
    const rows = preview.counts.rejected;
    return `有 ${rows} 行数据有错误，整个文件不能导入：请下载错误回执交村里更正，或只导入有效行`;
  }
  if (preview.reportMonth === null) return '文件没有写明报送月份：请先选择报送月份';
  return null;
}

/** 只导入有效行 is offered when some rows are rejected and at least one is good. */
export function canAcceptValid(preview: ImportPreview): boolean {
  return preview.templateId !== null && preview.counts.rejected > 0 && preview.counts.read > preview.counts.rejected && preview.reportMonth !== null;
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
