import { describe, expect, it } from 'vitest';
import type { ImportChange } from '../../../../../shared/api/imports-contract';
import { CHANGE_KIND_LABEL, changeLines, changeNote } from '../../../../../renderer/features/imports/change-format';

function change(kind: ImportChange['kind'], fields: ImportChange['fields'] = []): ImportChange {
  return { kind, householdNo: '440229101000000001', village: '上和村', name: '张三', idNo: '440229198409090139', row: 5, fields };
}

describe('changes as the preview lists them', () => {
  it('shows a changed field as old → new, an empty side as （空）', () => {
    const lines = changeLines(
      change('member-changed', [
        { key: 'labourSkill', label: '劳动技能', old: '普通劳动力', new: '技能劳动力' },
        { key: 'health', label: '健康状况', old: null, new: ['残疾', '长期慢性病'] },
      ]),
    );
    expect(lines).toEqual([
      { label: '劳动技能', old: '普通劳动力', new: '技能劳动力' },
      { label: '健康状况', old: '（空）', new: '残疾、长期慢性病' },
    ]);
  });

  it('lists only the filled values of a new household, with nothing to cross out', () => {
    const lines = changeLines(
      change('new-household', [
        { key: 'householdType', label: '户类型', old: null, new: '脱贫户' },
        { key: 'monitorCategory', label: '监测对象类别', old: null, new: null },
        { key: 'risks', label: '风险类型', old: null, new: [] },
      ]),
    );
    expect(lines).toEqual([{ label: '户类型', old: null, new: '脱贫户' }]);
  });

  it('says an unlisted member stays 在户 and is not deleted', () => {
    expect(CHANGE_KIND_LABEL['member-missing']).toBe('未列出');
    expect(changeNote(change('member-missing'))).toContain('不会删除');
    expect(changeNote(change('new-member'))).toBe('新增到本户');
    expect(changeNote(change('member-changed', [{ key: 'ethnicity', label: '民族', old: '汉族', new: '瑶族' }]))).toBeNull();
  });
});
