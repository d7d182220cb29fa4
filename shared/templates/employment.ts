/**
 * The employment workbooks (domain.md §8): the monthly 脱贫劳动力就业台账 (务工月监测, village →
 * town → county), the 人社就业帮扶反馈表 (HR bureau → town) in its two shapes — one row per service
 * event, or one row per person with the quarter's counts (two specs, told apart by their columns), the quarterly
 * 季度就业/培训需求表 and the 返乡回流跟踪台账. The quarterly sheets the town exports are written
 * with these headers, so each re-imports to the same data.
 *
 * Enumerations are checked by the row parsers against shared/domain/employment.ts (kind 'enum'
 * without a codeList: those lists are not member/household code lists).
 */
import type { TemplateColumn, TemplateSpec } from './types';

const col = (key: string, header: string, kind: TemplateColumn['kind'], aliases: readonly string[] = [], extra: Partial<TemplateColumn> = {}): TemplateColumn => ({
  key,
  header,
  kind,
  aliases,
  ...extra,
});

const ID_ALIASES = ['身份证号', '身份证号码', '公民身份号码', '证件号', '身份证'];
const PLACE = [
  col('town', '镇', 'text', ['乡镇', '乡(镇)', '镇(乡)', '所在镇']),
  col('village', '村', 'text', ['行政村', '所在村', '村(社区)']),
];
const PERSON = [
  col('name', '姓名', 'text', ['劳动力姓名', '脱贫劳动力姓名']),
  col('idNo', '证件号码', 'idNo', ID_ALIASES, { required: true }),
];

export const EMPLOYMENT_TEMPLATE: TemplateSpec = {
  id: 'employment',
  name: '脱贫劳动力就业台账',
  rowLabel: '劳动力×月份',
  columns: [
    ...PLACE,
    ...PERSON,
    col('reportMonth', '填报月份', 'period', ['统计月份', '监测月份', '月份', '统计期', '所属月份']),
    col('employed', '是否务工', 'enum', ['是否就业', '是否务工就业', '务工状态', '是否外出务工'], { identifying: true }),
    col('region', '务工区域', 'enum', ['就业区域', '务工地区域', '务工范围', '外出区域']),
    col('workProvince', '务工所在省', 'text', ['务工省份', '务工地(省)', '务工所在省份', '务工地省']),
    col('workCity', '务工所在市', 'text', ['务工城市', '务工地(市)', '务工地市']),
    col('workCounty', '务工所在县', 'text', ['务工县区', '务工所在县(区)', '务工地(县)', '务工地县', '务工所在县区']),
    col('employer', '务工单位', 'text', ['就业单位', '务工单位名称', '工作单位', '用工单位']),
    col('channel', '就业渠道', 'enum', ['就业方式', '就业形式', '务工渠道', '就业类型']),
    col('startMonth', '开始时间', 'period', ['务工开始时间', '就业开始时间', '开始务工时间']),
    col('monthsWorked', '务工时间(月)', 'int', ['务工时长(月)', '务工月数', '务工时间', '本年务工月数', '务工时长']),
    col('monthlyWage', '月均收入', 'money', ['月收入', '月均工资', '月均务工收入', '月工资']),
    col('transportSubsidy', '交通费补助', 'money', ['交通补助', '一次性交通补助', '交通费补贴']),
    col('jobNeed', '就业需求', 'enum', ['是否有就业需求', '有无就业需求']),
    col('trainingNeed', '培训需求', 'enum', ['是否有培训需求', '有无培训需求']),
    col('trainingKind', '培训需求类型', 'text', ['培训类型', '培训意向', '培训工种', '意向培训']),
    col('wishedJob', '意向工种', 'text', ['意向岗位', '求职意向']),
    col('wishedRegion', '意向区域', 'text', ['意向务工区域', '意向务工地']),
  ],
};

const HR_PERSON = [...PLACE, ...PERSON, col('phone', '联系电话', 'phone', ['手机号码', '电话']), col('needKinds', '需求类型', 'text', ['需求', '需求情况'])];

/** 人社就业帮扶反馈表, one row per service event. */
export const HR_FEEDBACK_TEMPLATE: TemplateSpec = {
  id: 'hr-feedback',
  name: '人社就业帮扶反馈表（逐次服务）',
  rowLabel: '服务记录',
  columns: [
    ...HR_PERSON,
    col('serviceDate', '服务日期', 'date', ['服务时间', '帮扶日期', '日期']),
    col('serviceKind', '服务类型', 'enum', ['服务内容', '帮扶类型', '服务项目'], { identifying: true }),
    col('employer', '推荐单位', 'text', ['推荐企业', '招聘单位']),
    col('post', '推荐岗位', 'text', ['岗位名称', '岗位']),
    col('project', '培训项目', 'text', ['培训内容', '培训工种']),
    col('result', '结果', 'text', ['服务结果', '帮扶结果', '是否就业']),
  ],
};

/** 人社就业帮扶反馈表, one row per person with the quarter's counts (also the town's 就业帮扶落实情况表). */
export const HR_COUNTS_TEMPLATE: TemplateSpec = {
  id: 'hr-feedback-counts',
  name: '人社就业帮扶反馈表（按人汇总）',
  rowLabel: '有需求的劳动力',
  columns: [
    ...HR_PERSON,
    col('guidanceCount', '就业指导(次)', 'int', ['就业指导次数', '就业指导', '开展就业指导']),
    col('trainingCount', '就业培训(次)', 'int', ['就业培训次数', '就业培训', '参加就业培训']),
    col('recommendationCount', '岗位推荐(个)', 'int', ['推荐岗位数', '岗位推荐数', '岗位推荐', '推荐岗位信息', '推荐岗位个数'], { identifying: true }),
    col('met', '是否达标', 'enum', ['达标', '达标情况']),
    col('reason', '未达标原因', 'text', ['原因', '未达标说明']),
    col('quarter', '季度', 'text', ['所属季度', '统计季度']),
  ],
};

export const NEEDS_SHEET_TEMPLATE: TemplateSpec = {
  id: 'needs-sheet',
  name: '季度就业/培训需求表',
  rowLabel: '有需求的劳动力',
  columns: [
    ...PLACE,
    ...PERSON,
    col('sex', '性别', 'text'),
    col('age', '年龄', 'int'),
    col('phone', '联系电话', 'phone', ['手机号码', '电话']),
    col('education', '文化程度', 'text'),
    col('labourSkill', '劳动技能', 'text'),
    col('situation', '现状', 'text', ['就业现状', '目前状况', '就业状况']),
    col('needKinds', '需求类型', 'text', ['需求', '就业培训需求'], { identifying: true }),
    col('trainingKind', '培训需求类型', 'text', ['培训类型', '培训意向', '意向培训']),
    col('wishedJob', '意向工种', 'text', ['意向岗位', '求职意向']),
    col('wishedRegion', '意向区域', 'text', ['意向务工区域', '意向务工地']),
    col('quarter', '季度', 'text', ['所属季度', '统计季度']),
  ],
};

export const RETURNEES_TEMPLATE: TemplateSpec = {
  id: 'returnees',
  name: '返乡回流跟踪台账',
  rowLabel: '返乡回流劳动力',
  columns: [
    ...PLACE,
    ...PERSON,
    col('phone', '联系电话', 'phone', ['手机号码', '电话']),
    col('originPlace', '原务工地', 'text', ['原务工地点', '返乡前务工地']),
    col('originEmployer', '原务工单位', 'text', ['原就业单位', '返乡前务工单位']),
    col('originRegion', '原务工区域', 'enum', ['回流类型', '回流区域']),
    col('returnDate', '返乡时间', 'text', ['返乡日期', '回流时间', '返乡月份'], { identifying: true }),
    col('reason', '返乡原因', 'enum', ['回流原因']),
    col('jobWish', '就业意愿', 'enum', ['是否有就业意愿']),
    col('trainingWish', '培训意愿', 'enum', ['是否有培训意愿']),
    col('wishedJob', '意向工种', 'text', ['意向岗位']),
    col('wishedRegion', '意向区域', 'text', ['意向务工区域']),
    col('servicesSoFar', '服务次数', 'int', ['服务记录', '跟踪服务次数']),
    col('lastServiceDate', '最近服务日期', 'text', ['最近服务时间']),
    col('reemployDate', '再就业时间', 'text', ['再就业日期']),
    col('reemployEmployer', '再就业单位', 'text', ['再就业情况']),
    col('reemployMode', '再就业方式', 'enum', ['再就业渠道']),
    col('leftAgainMonth', '再次外出月份', 'period', ['再次外出时间']),
    col('status', '状态', 'enum', ['跟踪状态', '当前状态']),
    col('note', '备注', 'text'),
  ],
};
