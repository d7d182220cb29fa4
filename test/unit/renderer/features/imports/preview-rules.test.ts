import { describe, expect, it } from 'vitest';
import { canAcceptValid, commitBlockReason, currentMonth, needsMapping, unsupportedSheets } from '../../../../../renderer/features/imports/preview-rules';
import { preview, previewSheet } from './preview-fixture';

const withErrors = preview({
  counts: { read: 12, inserted: 9, updated: 1, unchanged: 1, rejected: 1 },
  errors: [{ sheet: '家庭成员信息表', row: 6, column: '证件号码', code: 'import.id-number-lost-digits', message: '无法恢复' }],
  errorCount: 1,
});

describe('what the preview lets the clerk do', () => {
  it('allows 确认导入 for a clean return with a month', () => {
    expect(commitBlockReason(preview())).toBeNull();
    expect(canAcceptValid(preview())).toBe(false);
  });

  it('blocks 确认导入 while rows have errors, and offers 只导入有效行 instead', () => {
    expect(commitBlockReason(withErrors)).toContain('有 1 行数据有错误');
    expect(commitBlockReason(withErrors)).toContain('只导入有效行');
    expect(canAcceptValid(withErrors)).toBe(true);
  });

  it('does not offer 只导入有效行 when every row is wrong', () => {
    expect(canAcceptValid(preview({ counts: { read: 2, inserted: 0, updated: 0, unchanged: 0, rejected: 2 }, errorCount: 2 }))).toBe(false);
  });

  it('asks for the report month when the file does not state it', () => {
    expect(commitBlockReason(preview({ reportMonth: null }))).toContain('请先选择报送月份');
    expect(canAcceptValid({ ...withErrors, reportMonth: null })).toBe(false);
  });

  it('names a recognised template whose rows could not be taken, and points to the mapping', () => {
    const income = preview({ templateId: null, templateName: null, sheets: [previewSheet({ templateId: 'income', templateName: '收入情况表' })] });
    expect(commitBlockReason(income)).toContain('收入情况表');
    expect(commitBlockReason(income)).toContain('调整列对应');
    expect(needsMapping(income)).toBe(false);
  });

  it('warns only about sheets of another template than the one imported', () => {
    const list = preview({ templateId: 'assistance-list', templateName: '低收入人口/社会救助名单', sheets: [previewSheet({ templateId: 'assistance-list', templateName: '低收入人口/社会救助名单' }), previewSheet({ name: '收入', templateId: 'income', templateName: '收入情况表' })] });
    expect(unsupportedSheets(list).map((s) => s.name)).toEqual(['收入']);
  });

  it('lets a department list through without a report month', () => {
    const list = preview({ templateId: 'insured-list', templateName: '医保参保名单', reportMonth: null, counts: { read: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 } });
    expect(commitBlockReason(list)).toBeNull();
  });

  it('sends a file with no recognised sheet straight to the mapping step', () => {
    const unknown = preview({ templateId: null, templateName: null, sheets: [previewSheet({ templateId: null, templateName: null, detectedBy: null, headerRow: null })] });
    expect(needsMapping(unknown)).toBe(true);
    expect(commitBlockReason(unknown)).toContain('调整列对应');
  });

  it('takes the current month from the local calendar', () => {
    expect(currentMonth(new Date(2023, 0, 31, 23, 30))).toBe('2023-01');
    expect(currentMonth(new Date(2023, 11, 1))).toBe('2023-12');
  });
});
