/**
 * Lists other departments send the town for the cross-checks (domain.md §6 item 2): the 医保 参保
 * list and the 残联 持证残疾人 list, one row per person. (The 民政 list is assistance-list.ts.)
 * Each is recognised by its kind column (参保险种 / 残疾类别) next to 姓名 and 证件号码.
 */
import { fieldColumn } from './field-column';
import type { TemplateColumn, TemplateSpec } from './types';

const PLACE_AND_PERSON: readonly TemplateColumn[] = [
  fieldColumn('household', 'town', { aliases: ['镇', '乡', '乡镇', '乡(镇)', '乡镇(街道)', '镇(街道)', '所属乡镇'] }),
  fieldColumn('household', 'village', { aliases: ['行政村', '村(社区)', '村(居)', '村居', '所属村', '社区'] }),
  fieldColumn('member', 'name', { aliases: ['参保人姓名', '残疾人姓名', '人员姓名', '对象姓名'], required: true, identifying: true }),
  fieldColumn('member', 'idNo', {
    aliases: ['身份证号', '身份证号码', '公民身份号码', '公民身份证号码', '居民身份证号码', '证件号', '身份证件号码'],
    required: true,
    identifying: true,
  }),
];

export const INSURED_LIST_TEMPLATE: TemplateSpec = {
  id: 'insured-list',
  name: '医保参保名单',
  rowLabel: '参保人员',
  columns: [
    ...PLACE_AND_PERSON,
    {
      key: 'insuranceKind',
      header: '参保险种',
      kind: 'text',
      aliases: ['险种', '险种类型', '参保类型', '参保类别', '参保险种类型', '医疗保险类型', '险种名称'],
      identifying: true,
    },
    { key: 'insuredStatus', header: '参保状态', kind: 'text', aliases: ['人员参保状态', '缴费状态', '参保缴费状态'] },
    { key: 'startDate', header: '参保日期', kind: 'date', aliases: ['参保时间', '参保开始时间', '缴费年度', '开始日期'] },
  ],
};

export const DISABILITY_LIST_TEMPLATE: TemplateSpec = {
  id: 'disability-list',
  name: '残联持证残疾人名单',
  rowLabel: '持证残疾人',
  columns: [
    ...PLACE_AND_PERSON,
    { key: 'disabilityKind', header: '残疾类别', kind: 'text', aliases: ['残疾类型', '残疾种类'], identifying: true },
    { key: 'disabilityGrade', header: '残疾等级', kind: 'text', aliases: ['残疾级别', '等级'] },
    { key: 'certificateNo', header: '残疾人证号', kind: 'text', aliases: ['残疾证号', '持证号', '残疾人证号码', '证号'] },
  ],
};
