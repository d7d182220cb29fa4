/**
 * 低收入人口/社会救助名单 — 民政 → town, one row per person (domain.md §6.2, §8). Compared with the
 * ledger to find monitoring objects without social assistance and status differences.
 * 救助类型 stays free text (低保 · 特困 · 临时救助 and the 民政 spellings of them): the comparison
 * normalises it, the import does not refuse a spelling it has not seen.
 */
import { fieldColumn } from './field-column';
import type { TemplateSpec } from './types';

export const ASSISTANCE_LIST_TEMPLATE: TemplateSpec = {
  id: 'assistance-list',
  name: '低收入人口/社会救助名单',
  rowLabel: '救助对象',
  columns: [
    fieldColumn('household', 'county', { aliases: ['县(市、区)', '县(区)', '县区', '区县', '县市区', '所属县'] }),
    fieldColumn('household', 'town', { aliases: ['镇', '乡', '乡镇', '乡(镇)', '乡镇(街道)', '镇(街道)', '镇街', '所属乡镇'] }),
    fieldColumn('household', 'village', { aliases: ['行政村', '村(社区)', '村(居)', '村居', '村名', '所属村', '社区', '村(居)委会'] }),
    fieldColumn('member', 'name', { aliases: ['救助对象姓名', '保障对象姓名', '对象姓名', '人员姓名', '成员姓名'], required: true, identifying: true }),
    fieldColumn('member', 'idNo', {
      aliases: ['身份证号', '身份证号码', '公民身份号码', '公民身份证号码', '居民身份证号码', '证件号码(身份证号)', '身份证件号码', '证件号'],
      required: true,
      identifying: true,
    }),
    {
      key: 'assistanceType',
      header: '救助类型',
      kind: 'text',
      aliases: ['救助类别', '保障类型', '保障类别', '救助对象类型', '救助对象类别', '对象类别', '对象类型', '人员类别', '救助项目'],
      required: true,
      identifying: true,
    },
    {
      key: 'startDate',
      header: '起始时间',
      kind: 'date',
      aliases: ['起始日期', '开始时间', '开始日期', '救助开始时间', '保障起始时间', '享受起始时间', '享受时间', '纳入时间', '批准时间', '审批时间', '救助时间'],
    },
    {
      key: 'coveredCount',
      header: '保障人数',
      kind: 'number',
      aliases: ['保障人口', '保障人口数', '救助人数', '享受人数', '户保障人数', '家庭保障人数', '保障人口数量'],
    },
  ],
};
