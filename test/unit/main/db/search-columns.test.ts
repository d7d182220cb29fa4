import { describe, expect, it } from 'vitest';
import { parseSearch } from '../../../../main/db/quick-search';
import { namePinyin, reversed, searchColumns } from '../../../../main/db/search-columns';

describe('pinyin of names, computed at write time', () => {
  it('spells a name in full and as initials, without tones or spaces', () => {
    expect(namePinyin('张三')).toEqual({ full: 'zhangsan', initials: 'zs' });
    expect(namePinyin('欧阳娜娜')).toEqual({ full: 'ouyangnana', initials: 'oynn' });
  });

  it('reads polyphonic surnames as surnames (单 shan, 曾 zeng, 解 xie, 仇 qiu)', () => {
    expect(namePinyin('单德福').full).toBe('shandefu');
    expect(namePinyin('曾亚妹').full).toBe('zengyamei');
    expect(namePinyin('解伟').full).toBe('xiewei');
    expect(namePinyin('仇建国').full).toBe('qiujianguo');
  });

  it('writes ü as v, as clerks type it (吕 lv)', () => {
    expect(namePinyin('吕秀英')).toEqual({ full: 'lvxiuying', initials: 'lxy' });
  });

  it('keeps only letters of names with a separator dot or Latin letters', () => {
    expect(namePinyin('阿依·古丽')).toEqual({ full: 'ayiguli', initials: 'aygl' });
  });

  it('derives the columns only when the source field is written', () => {
    expect(searchColumns('members', { name: '李四' })).toEqual({ name_pinyin: 'lisi', name_initials: 'ls' });
    expect(searchColumns('members', { id_no: '44022919800101001X' })).toEqual({ id_no_rev: 'X10010100891922044' });
    expect(searchColumns('members', { phone: '13800000000' })).toEqual({});
    expect(searchColumns('households', { household_no: '440229101000000123' })).toEqual({ household_no_rev: reversed('440229101000000123') });
  });
});

describe('reading the quick search box', () => {
  it('tells number fragments, pinyin and Chinese names apart', () => {
    expect(parseSearch(' 0123 ')).toEqual({ kind: 'number', text: '0123' });
    expect(parseSearch('１２３４ｘ')).toEqual({ kind: 'number', text: '1234X' });
    expect(parseSearch('Zhang San')).toEqual({ kind: 'pinyin', text: 'zhangsan' });
    expect(parseSearch('张三')).toEqual({ kind: 'name', text: '张三' });
    expect(parseSearch('   ')).toBeNull();
  });
});
