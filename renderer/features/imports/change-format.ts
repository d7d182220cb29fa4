/**
 * How a staged change reads in the preview's change list: a kind label and tone, and the field
 * lines "字段：旧值 → 新值". A new household lists only its filled values (there is no old value);
 * a new or unlisted member has no field lines, only a note.
 */
import type { ImportChange } from '../../../shared/api/imports-contract';
import { formatFieldValue } from '../../../shared/domain/field-values';
import { formatHistoryValue } from '../history/history-format';

export type ChangeKind = ImportChange['kind'];

export const CHANGE_KIND_LABEL: Record<ChangeKind, string> = {
  'new-household': '新户',
  'household-changed': '户信息变更',
  'new-member': '新成员',
  'member-changed': '成员变更',
  'member-moved': '迁移',
  'member-missing': '未列出',
  'new-income': '新收入记录',
  'income-changed': '收入变更',
  'new-employment': '新务工记录',
  'employment-changed': '务工变更',
  'new-service': '新帮扶服务',
  'new-returnee': '新返乡回流',
  'returnee-changed': '返乡回流变更',
  'new-list-entry': '名单新增',
  'list-entry-changed': '名单变更',
  'list-entry-removed': '移出名单',
};

/** Tag tone: new records green, changes blue, moves and unlisted members orange. */
export const CHANGE_KIND_TONE: Record<ChangeKind, 'new' | 'changed' | 'attention'> = {
  'new-household': 'new',
  'household-changed': 'changed',
  'new-member': 'new',
  'member-changed': 'changed',
  'member-moved': 'attention',
  'member-missing': 'attention',
  'new-income': 'new',
  'income-changed': 'changed',
  'new-employment': 'new',
  'employment-changed': 'changed',
  'new-service': 'new',
  'new-returnee': 'attention',
  'returnee-changed': 'changed',
  'new-list-entry': 'new',
  'list-entry-changed': 'changed',
  'list-entry-removed': 'attention',
};

export interface ChangeLine {
  label: string;
  /** null when there is nothing to cross out (a new household's values). */
  old: string | null;
  new: string;
}

export function changeLines(change: ImportChange): ChangeLine[] {
  if (change.kind === 'new-household') {
    return change.fields.filter((f) => formatFieldValue(f.new) !== '').map((f) => ({ label: f.label, old: null, new: formatFieldValue(f.new) }));
  }
  return change.fields.map((f) => ({ label: f.label, old: formatHistoryValue(f.old), new: formatHistoryValue(f.new) }));
}

/** The sentence shown where a change has no field lines. */
export function changeNote(change: ImportChange): string | null {
  switch (change.kind) {
    case 'new-member':
      return '新增到本户';
    case 'member-missing':
      return '文件中未列出；台账中仍为“在户”，不会删除';
    default:
      return change.fields.length === 0 ? '无字段变化' : null;
  }
}
