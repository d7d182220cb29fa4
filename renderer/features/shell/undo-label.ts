/**
 * What a step is called in the 撤销/重做 tooltip and message. The ledger names an undo step after
 * what it undid ("撤销：修改 张三 的 劳动技能") and a redo after what it redid ("重做：…"); the button
 * already says which way it goes, so the clerk reads only the original action.
 */
import type { UndoAction } from './undo-shortcut';

const STEP_PREFIX = /^(?:撤销|重做)[:：]\s*/;

export function actionOfStep(label: string): string {
  let text = label;
  while (STEP_PREFIX.test(text)) text = text.replace(STEP_PREFIX, '');
  return text;
}

const VERB: Record<UndoAction, string> = { undo: '撤销', redo: '重做' };

/** "撤销：修改 张三 的 劳动技能" for the tooltip. */
export function stepTooltip(action: UndoAction, label: string): string {
  return `${VERB[action]}：${actionOfStep(label)}`;
}

/** "已撤销：修改 张三 的 劳动技能" for the message line. */
export function stepDoneText(action: UndoAction, label: string): string {
  return `已${VERB[action]}：${actionOfStep(label)}`;
}
