import { describe, expect, it } from 'vitest';
import { actionOfStep, stepDoneText, stepTooltip } from '../../../../../renderer/features/shell/undo-label';

describe('撤销/重做 step names', () => {
  it('names the undo step after the edit it takes back', () => {
    expect(stepTooltip('undo', '修改 张三 的 劳动技能')).toBe('撤销：修改 张三 的 劳动技能');
    expect(stepDoneText('undo', '修改 张三 的 劳动技能')).toBe('已撤销：修改 张三 的 劳动技能');
  });

  it('does not say 撤销 twice when redoing an undone step', () => {
    expect(stepTooltip('redo', '撤销：修改 张三 的 劳动技能')).toBe('重做：修改 张三 的 劳动技能');
    expect(stepDoneText('redo', '撤销：修改 张三 的 劳动技能')).toBe('已重做：修改 张三 的 劳动技能');
  });

  it('strips a redo prefix when undoing a redone step', () => {
    expect(actionOfStep('重做：撤销：修改 张三 的 民族')).toBe('修改 张三 的 民族');
    expect(stepTooltip('undo', '重做: 导入 村报表.xlsx')).toBe('撤销：导入 村报表.xlsx');
  });
});
