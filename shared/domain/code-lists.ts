/**
 * The code lists (enumerations) of the ledger, as the Chinese labels the national
 * 防返贫监测信息系统 exports carry. The label is the canonical stored value (domain.md, intro);
 * every write is checked against these lists, and the grids offer them as choices.
 *
 * Aliases map a drifted spelling seen in real files to its canonical label. Matching of
 * circled/bracketed numbers and separators is done by `normalizeCodeValue`, not by aliases.
 */

export const YES_NO = ['是', '否'] as const;

export const ADMIN_LEVELS = ['county', 'town', 'village', 'group'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];
export const ADMIN_LEVEL_LABELS: Record<AdminLevel, string> = {
  county: '县',
  town: '镇',
  village: '村',
  group: '组',
};

/** Wengyuan County (440229) and its towns — offered first, any other name is allowed. */
export const WENGYUAN = {
  county: '翁源县',
  divisionCode: '440229',
  towns: ['龙仙镇', '坝仔镇', '江尾镇', '官渡镇', '周陂镇', '翁城镇', '新江镇', '铁龙林场'],
} as const;

export const HOUSEHOLD_TYPES = ['脱贫户', '脱贫不享受政策户', '一般农户'] as const;

export const MONITOR_CATEGORIES = ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户'] as const;

export const HOUSEHOLD_STATUSES = ['在册', '已注销'] as const;

export const RISK_TYPES = [
  '因病',
  '因残',
  '因学',
  '因自然灾害',
  '因意外事故',
  '因产业项目失败',
  '因务工就业不稳',
  '缺劳动力',
  '住房安全问题',
  '饮水安全问题',
  '其他',
] as const;

export const ELIMINATION_MODES = ['帮扶消除', '自然消除'] as const;

export const RELATIONS = [
  '户主',
  '配偶',
  '之子',
  '之女',
  '之儿媳',
  '之女婿',
  '之孙子',
  '之孙女',
  '之外孙子',
  '之外孙女',
  '之父',
  '之母',
  '之岳父',
  '之岳母',
  '之公公',
  '之婆婆',
  '之祖父',
  '之祖母',
  '之外祖父',
  '之外祖母',
  '之兄弟姐妹',
  '之曾孙子',
  '之曾孙女',
  '之侄儿',
  '之侄女',
  '之兄弟媳妇',
  '之叔伯',
  '其他',
] as const;

export const POLITICAL_STATUSES = ['中共党员', '中共预备党员', '共青团员', '群众'] as const;

export const EDUCATION_LEVELS = [
  '文盲或半文盲',
  '小学',
  '初中',
  '高中',
  '中专',
  '大专',
  '本科及以上',
] as const;

export const SCHOOLING_STATUSES = [
  '学龄前儿童',
  '学前教育',
  '小学',
  '七年级',
  '八年级',
  '九年级',
  '普通高中一年级',
  '普通高中二年级',
  '普通高中三年级',
  '中职一年级',
  '中职二年级',
  '中职三年级',
  '高职高专一年级',
  '高职高专二年级',
  '高职高专三年级',
  '技师学院一年级',
  '技师学院二年级',
  '技师学院三年级',
  '技师学院四年级',
  '本科一年级',
  '本科二年级',
  '本科三年级',
  '本科四年级',
  '本科五年级',
  '硕士研究生及以上',
] as const;

export const HEALTH_STATUSES = ['健康', '长期慢性病', '患有大病', '残疾'] as const;

export const DISABILITY_TYPES = ['视力', '听力', '言语', '肢体', '智力', '精神', '多重'] as const;

export const LABOUR_SKILLS = [
  '技能劳动力',
  '普通劳动力',
  '弱劳动力或半劳动力',
  '丧失劳动力',
  '无劳动力',
] as const;

export const MEMBER_STATUSES = ['在户', '死亡', '迁出', '婚出', '服刑', '其他'] as const;

export const MEASURE_TYPES = [
  '产业帮扶',
  '就业帮扶',
  '金融帮扶（小额信贷）',
  '公益岗位帮扶',
  '健康帮扶',
  '义务教育保障',
  '教育帮扶',
  '综合保障（低保/特困/临时救助）',
  '住房安全保障',
  '饮水安全保障',
  '社会帮扶',
  '防返贫保险',
  '其他',
] as const;

/** Every code list by name, so field specs and the renderer refer to lists by key. */
export const CODE_LISTS = {
  yesNo: YES_NO,
  householdType: HOUSEHOLD_TYPES,
  monitorCategory: MONITOR_CATEGORIES,
  householdStatus: HOUSEHOLD_STATUSES,
  risk: RISK_TYPES,
  eliminationMode: ELIMINATION_MODES,
  relation: RELATIONS,
  political: POLITICAL_STATUSES,
  education: EDUCATION_LEVELS,
  schooling: SCHOOLING_STATUSES,
  health: HEALTH_STATUSES,
  disabilityType: DISABILITY_TYPES,
  labourSkill: LABOUR_SKILLS,
  memberStatus: MEMBER_STATUSES,
  measure: MEASURE_TYPES,
} as const;
export type CodeListName = keyof typeof CODE_LISTS;

/** Drifted spellings seen in real files -> canonical label (domain.md §2, §8). */
export const CODE_ALIASES: Partial<Record<CodeListName, Record<string, string>>> = {
  yesNo: { Y: '是', N: '否', 有: '是', 无: '否', 已参加: '是', 未参加: '否' },
  risk: { 因产业失败: '因产业项目失败', 务工就业不稳: '因务工就业不稳', 因缺劳动力: '缺劳动力' },
  schooling: {
    高一: '普通高中一年级',
    高二: '普通高中二年级',
    高三: '普通高中三年级',
    初一: '七年级',
    初二: '八年级',
    初三: '九年级',
  },
  relation: { 妻子: '配偶', 丈夫: '配偶', 本人: '户主' },
  education: { 本科: '本科及以上', 研究生: '本科及以上', 文盲: '文盲或半文盲', 半文盲: '文盲或半文盲' },
  labourSkill: { 弱劳动力: '弱劳动力或半劳动力', 半劳动力: '弱劳动力或半劳动力' },
  measure: { 金融帮扶: '金融帮扶（小额信贷）', 小额信贷: '金融帮扶（小额信贷）', 综合保障: '综合保障（低保/特困/临时救助）', 公益岗位: '公益岗位帮扶' },
  disabilityType: { 视力残疾: '视力', 听力残疾: '听力', 言语残疾: '言语', 肢体残疾: '肢体', 智力残疾: '智力', 精神残疾: '精神', 多重残疾: '多重' },
};
