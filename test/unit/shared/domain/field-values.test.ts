import { describe, expect, it } from 'vitest';
import { normalizeCodeValue, parseFieldValue } from '../../../../shared/domain/field-values';
import { fieldSpec, HOUSEHOLD_FIELDS, MEMBER_FIELDS } from '../../../../shared/domain/records';
import { CODE_LISTS } from '../../../../shared/domain/code-lists';

const member = (key: string) => fieldSpec('member', key)!;
const household = (key: string) => fieldSpec('household', key)!;

describe('code-list values', () => {
  it('accepts a label as it is', () => {
    expect(normalizeCodeValue('labourSkill', '普通劳动力')).toBe('普通劳动力');
  });
  it('strips circled and bracketed numbers that templates put before choices', () => {
    expect(normalizeCodeValue('labourSkill', '②普通劳动力')).toBe('普通劳动力');
    expect(normalizeCodeValue('labourSkill', '(2)普通劳动力')).toBe('普通劳动力');
    expect(normalizeCodeValue('labourSkill', '（2）普通劳动力')).toBe('普通劳动力');
    expect(normalizeCodeValue('labourSkill', '2.普通劳动力')).toBe('普通劳动力');
  });
  it('maps documented aliases to the canonical label', () => {
    expect(normalizeCodeValue('risk', '因产业失败')).toBe('因产业项目失败');
    expect(normalizeCodeValue('risk', '因缺劳动力')).toBe('缺劳动力');
  });
  it('refuses a value outside the list with a message naming the choices', () => {
    const result = parseFieldValue(member('relation'), '表哥');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('与户主关系');
    expect(!result.ok && result.message).toContain('之子');
  });
});

describe('multi-select values', () => {
  it('accepts any order and separator and stores them in code-list order', () => {
    for (const text of ['残疾,长期慢性病', '长期慢性病，残疾', '残疾、长期慢性病', '残疾;长期慢性病']) {
      expect(parseFieldValue(member('health'), text)).toEqual({ ok: true, value: ['长期慢性病', '残疾'] });
    }
  });
  it('refuses more than five risks', () => {
    const result = parseFieldValue(household('risks'), '因病、因残、因学、因自然灾害、因意外事故、缺劳动力');
    expect(result.ok).toBe(false);
  });
  it('treats an empty cell as no value', () => {
    expect(parseFieldValue(member('health'), '')).toEqual({ ok: true, value: null });
  });
});

describe('other kinds', () => {
  it('requires a name', () => {
    expect(parseFieldValue(member('name'), '  ')).toMatchObject({ ok: false });
  });
  it('reads periods in the spellings villages use', () => {
    for (const text of ['202307', '2023年7月', '2023-07', '2023/7', '2023.7', '2023年07月']) {
      expect(parseFieldValue(household('monitorStart'), text)).toEqual({ ok: true, value: '2023-07' });
    }
    expect(parseFieldValue(household('monitorStart'), '2023-13')).toMatchObject({ ok: false });
  });
  it('keeps 脱贫年度 within 2014–2020', () => {
    expect(parseFieldValue(household('exitYear'), '2019')).toEqual({ ok: true, value: 2019 });
    expect(parseFieldValue(household('exitYear'), '２０１８年')).toEqual({ ok: true, value: 2018 });
    expect(parseFieldValue(household('exitYear'), '2021')).toMatchObject({ ok: false });
  });
  it('accepts mobile and landline phone numbers and refuses others', () => {
    expect(parseFieldValue(household('phone'), '138 0751 2345')).toEqual({ ok: true, value: '13807512345' });
    expect(parseFieldValue(household('phone'), '0751-2812345')).toEqual({ ok: true, value: '0751-2812345' });
    expect(parseFieldValue(household('phone'), '12345')).toMatchObject({ ok: false });
  });
  it('normalises an ID in a 证件号码 cell', () => {
    expect(parseFieldValue(member('idNo'), '11010519491231002x')).toEqual({ ok: true, value: '11010519491231002X' });
  });
});

describe('field specs', () => {
  it('name a code list that exists for every enum and set field', () => {
    for (const spec of [...HOUSEHOLD_FIELDS, ...MEMBER_FIELDS]) {
      if (spec.kind === 'enum' || spec.kind === 'set') expect(CODE_LISTS[spec.codeList!], spec.key).toBeDefined();
    }
  });
  it('give every field a Chinese header', () => {
    for (const spec of [...HOUSEHOLD_FIELDS, ...MEMBER_FIELDS]) expect(spec.label).toMatch(/[\u4e00-\u9fa5]/);
  });
});
