import { describe, expect, it } from 'vitest';
import { checkMapping, guessMapping, headerCells, likelyHeaderRow, mappingForApi, sampleCells } from '../../../../../renderer/features/imports/column-mapping';
import { HOUSEHOLD_MEMBERS_TEMPLATE, INCOME_TEMPLATE } from '../../../../../shared/templates';
import { previewSheet } from './preview-fixture';

const ROWS = [
  ['青云村花名册', '', '', '', ''],
  ['名字', '身份证号码', '关系', '户号', '备注'],
  ['张三', '440229198409090139', '户主', '440229101000000001', ''],
];
const unknown = previewSheet({ templateId: null, templateName: null, detectedBy: null, headerRow: null, firstRows: ROWS });

describe('the mapping step', () => {
  it('finds the fullest of the first rows as the likely header, below a title', () => {
    expect(likelyHeaderRow(unknown)).toBe(2);
  });

  it('guesses the columns whose headers the template knows, and leaves the rest to the clerk', () => {
    expect(guessMapping(unknown, HOUSEHOLD_MEMBERS_TEMPLATE, 2)).toEqual({ 0: null, 1: 'idNo', 2: 'relation', 3: 'householdNo', 4: null });
    expect(headerCells(unknown, 2)).toEqual(['名字', '身份证号码', '关系', '户号', '备注']);
    expect(sampleCells(unknown, 2)[1]).toBe('440229198409090139');
  });

  it('reuses the server’s detection when the template and header row are unchanged', () => {
    const detected = previewSheet({ headerRow: 2, firstRows: ROWS, columns: [{ index: 0, header: '名字', key: 'name' }, { index: 4, header: '备注', key: null }] });
    expect(guessMapping(detected, HOUSEHOLD_MEMBERS_TEMPLATE, 2)).toEqual({ 0: 'name', 4: null });
    expect(guessMapping(detected, INCOME_TEMPLATE, 2)[0]).toBeNull();
  });

  it('names the required fields still missing and a field chosen for two columns', () => {
    const check = checkMapping(HOUSEHOLD_MEMBERS_TEMPLATE, { 0: 'relation', 1: 'idNo', 2: 'idNo', 3: null });
    expect(check.missingRequired).toEqual(['姓名']);
    expect(check.duplicated).toEqual(['证件号码']);
    expect(check.mappedCount).toBe(3);
  });

  it('allows several columns for a multi-value field such as 风险类型', () => {
    expect(checkMapping(HOUSEHOLD_MEMBERS_TEMPLATE, { 0: 'risks', 1: 'risks' }).duplicated).toEqual([]);
  });

  it('sends every column with a string index, 不导入 as null', () => {
    expect(mappingForApi({ 0: 'name', 3: null })).toEqual({ '0': 'name', '3': null });
  });
});
