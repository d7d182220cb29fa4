/**
 * 家庭成员信息表 — the village monthly return and the platform export (domain.md §2, §3, §8): one row
 * per member, the household columns repeated on every member row.
 *
 * Keys are the field keys of records.ts (built through fieldColumn, so they cannot drift); the few
 * columns that are not ledger fields are: memberCountStated (家庭人口数 as the sheet states it — the
 * ledger derives its own), memberPhone (the member's own phone, beside the household 联系电话) and
 * reportMonth (填报月份/统计期). 性别 and 出生日期 are read only to be checked against the 证件号码.
 * 风险类型 may arrive as one column or as 风险类型1…风险类型5: every column matching 'risks' is read
 * and their values joined (a 'set' column may be matched by several sheet columns).
 */
import { fieldColumn, yesNoAliases } from './field-column';
import type { TemplateColumn, TemplateSpec } from './types';

const RISK_NUMBERED = ['风险类型1', '风险类型2', '风险类型3', '风险类型4', '风险类型5'];

const HOUSEHOLD_COLUMNS: TemplateColumn[] = [
  fieldColumn('household', 'county', {
    aliases: ['县(市、区)', '县(市,区)', '县(市区)', '县(区)', '县区', '区县', '县市区', '县(市)', '所属县', '县名称'],
  }),
  fieldColumn('household', 'town', {
    aliases: ['镇', '乡', '乡镇', '乡(镇)', '镇(乡、街道)', '乡镇(街道)', '乡(镇、街道)', '镇街', '镇(街)', '所属乡镇', '乡镇名称', '镇名称'],
  }),
  fieldColumn('household', 'village', {
    aliases: ['行政村', '村(社区)', '村(居)', '村居', '村名', '村名称', '所属村', '行政村名称', '村委会', '村(居)委会', '社区'],
  }),
  fieldColumn('household', 'group', {
    aliases: ['村民小组', '自然村', '组(自然村)', '自然村(组)', '村小组', '小组', '村民小组(自然村)', '组别'],
  }),
  fieldColumn('household', 'householdNo', {
    aliases: ['户号', '户编码', '户码', '家庭编号', '农户编号', '家庭户编号'],
  }),
  fieldColumn('household', 'headName', { aliases: ['户主', '户主名称', '户主名字'] }),
  fieldColumn('household', 'headIdNo', {
    aliases: ['户主身份证号', '户主身份证号码', '户主身份证', '户主公民身份号码', '户主证件号', '户主身份证件号码'],
  }),
  fieldColumn('household', 'householdType', { aliases: ['户属性', '农户类型', '农户属性', '户类别', '户别'] }),
  fieldColumn('household', 'monitorCategory', {
    aliases: ['检测对象类别', '监测对象类型', '监测类别', '监测对象属性', '监测户类别', '监测户类型', '监测对象'],
  }),
  fieldColumn('household', 'exitYear', { aliases: ['脱贫年份', '脱贫时间', '脱贫年'] }),
  { key: 'memberCountStated', header: '家庭人口数', kind: 'int', aliases: ['家庭人口', '家庭人数', '人口数', '户人口数', '户人数', '家庭成员数'] },
  fieldColumn('household', 'phone', {
    aliases: ['户主联系电话', '户主电话', '户主手机号码', '联系方式', '电话', '手机号码', '联系电话(户主)'],
  }),
  fieldColumn('household', 'monitorStart', {
    aliases: ['纳入监测时间', '识别时间', '监测时间', '纳入时间', '识别纳入时间', '纳入监测年月', '识别监测年月'],
  }),
  fieldColumn('household', 'risks', {
    aliases: [...RISK_NUMBERED, '风险类别', '主要风险类型', '返贫致贫风险', '致贫返贫风险', '返贫致贫风险类型', '致贫风险'],
  }),
  fieldColumn('household', 'riskEliminated', { aliases: ['风险是否消除', '是否消除风险', '是否已消除风险', '是否风险消除'] }),
  fieldColumn('household', 'eliminationMode', { aliases: ['消除方式', '风险消除类型'] }),
  fieldColumn('household', 'riskEnd', { aliases: ['消除时间', '风险消除年月', '标注风险消除时间'] }),
  fieldColumn('household', 'noLabourHousehold', { aliases: yesNoAliases('整户无劳动能力', '整户无劳动力') }),
  fieldColumn('household', 'guaranteeFood', { aliases: yesNoAliases('吃穿不愁', '不愁吃不愁穿', '不愁吃穿') }),
  fieldColumn('household', 'guaranteeEducation', { aliases: yesNoAliases('义务教育有保障', '义务教育保障', '义务教育') }),
  fieldColumn('household', 'guaranteeMedical', { aliases: yesNoAliases('基本医疗有保障', '基本医疗保障', '基本医疗') }),
  fieldColumn('household', 'guaranteeHousing', { aliases: yesNoAliases('住房安全有保障', '住房安全保障', '住房安全') }),
  fieldColumn('household', 'guaranteeWater', {
    aliases: yesNoAliases('饮水安全有保障', '饮水安全保障', '饮水安全', '安全饮水有保障', '安全饮水'),
  }),
  fieldColumn('household', 'helperName', {
    aliases: ['帮扶责任人姓名', '帮扶人', '帮扶人姓名', '结对帮扶责任人', '帮扶干部', '帮扶干部姓名', '帮扶联系人'],
  }),
  fieldColumn('household', 'helperPhone', {
    aliases: ['帮扶责任人电话', '帮扶责任人手机号码', '帮扶人联系电话', '帮扶人电话', '帮扶干部联系电话', '帮扶干部电话'],
  }),
];

const MEMBER_COLUMNS: TemplateColumn[] = [
  fieldColumn('member', 'name', { aliases: ['成员姓名', '家庭成员姓名', '人员姓名'], required: true, identifying: true }),
  fieldColumn('member', 'idNo', {
    aliases: [
      '身份证号',
      '身份证号码',
      '公民身份号码',
      '公民身份证号码',
      '居民身份证号码',
      '证件号码(身份证号)',
      '身份证号(证件号码)',
      '身份证件号码',
      '证件号',
      '身份证',
      '成员证件号码',
      '成员身份证号',
      '成员身份证号码',
      '家庭成员证件号码',
    ],
    required: true,
    identifying: true,
  }),
  fieldColumn('member', 'relation', {
    aliases: ['与户主的关系', '关系', '与户主关系(称谓)', '家庭关系', '与户主之关系'],
    required: true,
    identifying: true,
  }),
  fieldColumn('member', 'sex'),
  fieldColumn('member', 'birthDate', { aliases: ['出生年月', '出生年月日', '出生时间'] }),
  fieldColumn('member', 'ethnicity', { aliases: ['族别'] }),
  fieldColumn('member', 'political', { aliases: ['政治身份'] }),
  fieldColumn('member', 'education', { aliases: ['学历', '文化水平', '受教育程度'] }),
  fieldColumn('member', 'schooling', { aliases: ['在校生情况', '在校情况', '在校状况', '在校生状态', '就学状况', '在校生'] }),
  fieldColumn('member', 'health', { aliases: ['健康状态', '身体状况', '身体健康状况'] }),
  fieldColumn('member', 'disabilityType', { aliases: ['残疾类型', '残疾种类'] }),
  fieldColumn('member', 'labourSkill', { aliases: ['劳动能力', '劳动力状况', '劳动技能状况', '劳动力类型'] }),
  {
    key: 'memberPhone',
    header: '本人联系电话',
    kind: 'phone',
    aliases: ['个人联系电话', '成员联系电话', '家庭成员联系电话', '本人电话', '本人手机号码', '个人电话'],
  },
  fieldColumn('member', 'medicalResident', {
    aliases: yesNoAliases('参加城乡居民基本医疗保险', '城乡居民基本医疗保险', '参加城乡居民医保', '城乡居民医保', '参加城乡居民基本医保', '居民医保'),
  }),
  fieldColumn('member', 'medicalStaff', {
    aliases: yesNoAliases('参加城镇职工基本医疗保险', '城镇职工基本医疗保险', '参加城镇职工医保', '城镇职工医保', '职工医保'),
  }),
  fieldColumn('member', 'criticalIllness', {
    aliases: yesNoAliases('参加大病保险', '大病保险', '参加大病医疗保险', '大病医疗保险', '参加城乡居民大病保险'),
  }),
  fieldColumn('member', 'pensionResident', {
    aliases: yesNoAliases(
      '参加城乡居民基本养老保险',
      '城乡居民基本养老保险',
      '参加城乡居民养老保险',
      '城乡居民养老保险',
      '居民养老保险',
      '城乡居民养老',
    ),
  }),
  fieldColumn('member', 'pensionStaff', {
    aliases: yesNoAliases('参加城镇职工基本养老保险', '城镇职工基本养老保险', '参加城镇职工养老保险', '城镇职工养老保险', '职工养老保险'),
  }),
  fieldColumn('member', 'dibao', {
    aliases: yesNoAliases('享受低保', '享受农村低保', '低保', '低保对象', '享受最低生活保障', '农村低保'),
  }),
  fieldColumn('member', 'tekun', {
    aliases: yesNoAliases('特困供养', '享受特困供养', '特困', '特困人员', '特困供养人员', '享受特困人员救助供养'),
  }),
  fieldColumn('member', 'status', { aliases: ['人员状态', '家庭成员状态', '成员状况'] }),
];

export const HOUSEHOLD_MEMBERS_TEMPLATE: TemplateSpec = {
  id: 'household-members',
  name: '家庭成员信息表',
  rowLabel: '成员',
  columns: [
    ...HOUSEHOLD_COLUMNS,
    ...MEMBER_COLUMNS,
    {
      key: 'reportMonth',
      header: '填报月份',
      kind: 'period',
      aliases: ['统计期', '统计月份', '统计年月', '报送月份', '所属月份', '填报年月', '统计时间'],
    },
  ],
};
