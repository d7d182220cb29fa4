/**
 * Chinese names for the demo ledger: surnames weighted as in northern Guangdong (Hakka clans such
 * as 邱 赖 温 钟 曾 罗 are common), given names whose characters follow the person's generation, and
 * place names (村, 村民小组) built from syllables found in real Shaoguan place names. Place names
 * are unique within their parent because the caller keeps drawing until a new one appears.
 */
import { WeightedTable, type Rng } from './demo-random';

export const SURNAMES = new WeightedTable<string>([
  ['李', 10], ['陈', 9], ['黄', 8], ['张', 7], ['刘', 7], ['曾', 5], ['罗', 5], ['林', 4], ['邱', 4],
  ['赖', 4], ['温', 4], ['钟', 4], ['朱', 3], ['何', 3], ['叶', 3], ['吴', 3], ['谢', 3], ['廖', 3],
  ['王', 3], ['邓', 3], ['杨', 2], ['梁', 2], ['巫', 2], ['江', 2], ['潘', 2], ['徐', 2], ['古', 2],
  ['郭', 2], ['彭', 2], ['胡', 2], ['周', 2], ['卢', 2], ['蓝', 1], ['丘', 1], ['袁', 1], ['范', 1],
  ['严', 1], ['华', 1], ['官', 1], ['宋', 1], ['吕', 1], ['沈', 1], ['骆', 1], ['凌', 1], ['戴', 1],
]);

/** Given-name characters by sex and birth cohort: before 1965, 1965–1989, from 1990. */
const GIVEN_MALE = [
  ['德', '福', '金', '生', '财', '发', '贵', '荣', '华', '林', '水', '添', '桂', '有', '正', '文', '清', '祥', '炳', '坤'],
  ['伟', '强', '军', '建', '国', '平', '志', '勇', '东', '海', '辉', '明', '新', '斌', '锋', '春', '运', '贤', '亮', '红'],
  ['浩', '宇', '轩', '俊', '杰', '子', '梓', '睿', '鑫', '晨', '涛', '博', '豪', '航', '铭', '泽', '皓', '嘉', '文', '家'],
] as const;
const GIVEN_FEMALE = [
  ['秀', '英', '兰', '娣', '妹', '凤', '珍', '桂', '莲', '群', '娇', '娥', '玉', '金', '连', '彩', '招', '满', '香', '好'],
  ['丽', '芳', '燕', '红', '梅', '霞', '玲', '萍', '艳', '敏', '静', '娟', '琴', '慧', '丹', '春', '美', '冬', '惠', '雪'],
  ['欣', '怡', '婷', '涵', '诗', '琪', '雨', '思', '佳', '嘉', '悦', '彤', '晴', '妍', '萱', '紫', '梦', '可', '晓', '雅'],
] as const;

/**
 * A full name: surname + one or two distinct given-name characters of the person's generation;
 * some older women carry the Hakka 亚 prefix (亚妹, 亚娣).
 */
export function personName(rng: Rng, surname: string, male: boolean, birthYear: number): string {
  const cohort = birthYear < 1965 ? 0 : birthYear < 1990 ? 1 : 2;
  const chars = (male ? GIVEN_MALE : GIVEN_FEMALE)[cohort];
  const i = rng.int(0, chars.length - 1);
  if (!male && cohort === 0 && rng.chance(0.12)) return `${surname}亚${chars[i] ?? ''}`;
  if (rng.chance(0.22)) return surname + (chars[i] ?? '');
  const j = (i + rng.int(1, chars.length - 1)) % chars.length;
  return surname + (chars[i] ?? '') + (chars[j] ?? '');
}

const VILLAGE_FIRST = [
  '青', '新', '上', '下', '东', '西', '南', '大', '小', '石', '黄', '白', '龙', '仙', '云', '松', '梅',
  '桂', '长', '高', '横', '沙', '金', '马', '鹤', '凤', '莲', '竹', '清', '和', '丰', '联', '太', '三',
  '九', '兰', '周', '陂', '官', '铁', '江', '水', '岭', '礤', '蓝', '湖',
] as const;
const VILLAGE_SECOND = [
  '云', '村', '坪', '塘', '田', '坑', '岭', '江', '溪', '源', '湖', '安', '平', '丰', '和', '光', '明',
  '星', '联', '山', '径', '洞', '围', '坝', '陂', '口', '头', '水', '洲', '岗', '心', '龙', '竹', '下',
] as const;

/**
 * `count` distinct village names (`XX村`); the first is the town seat's village, named after the
 * town (龙仙镇 -> 龙仙村, 铁龙林场 -> 铁龙村).
 */
export function villageNames(rng: Rng, town: string, count: number): string[] {
  const seat = `${town.replace(/(镇|乡|林场)$/, '')}村`;
  const names = new Set<string>([seat]);
  while (names.size < count) {
    const first = rng.pick(VILLAGE_FIRST);
    const second = rng.pick(VILLAGE_SECOND);
    if (first !== second) names.add(`${first}${second}村`);
  }
  return [...names];
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1 -> 一, 10 -> 十, 14 -> 十四, 20 -> 二十 (1–99). */
export function chineseNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) return DIGITS[units] ?? '';
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${DIGITS[units] ?? ''}`;
}

const GROUP_FIRST = ['上', '下', '老', '新', '塘', '岭', '水', '坑', '石', '围', '田', '松', '竹', '山', '河', '黄', '大', '高', '禾', '社'] as const;
const GROUP_SECOND = ['坪', '屋', '头', '下', '口', '尾', '角', '肚', '背', '边', '岗', '排', '坳', '寨', '垌', '面'] as const;

/**
 * The 村民小组 of one village: either numbered (第一村民小组 …) or named after hamlets (上坪组,
 * 围肚组 …), the two styles found in real Wengyuan rosters.
 */
export function groupNames(rng: Rng): string[] {
  if (rng.chance(0.6)) {
    const count = rng.int(6, 16);
    return Array.from({ length: count }, (_, i) => `第${chineseNumeral(i + 1)}村民小组`);
  }
  const count = rng.int(4, 10);
  const names = new Set<string>();
  while (names.size < count) {
    const first = rng.pick(GROUP_FIRST);
    const second = rng.pick(GROUP_SECOND);
    if (first !== second) names.add(`${first}${second}组`);
  }
  return [...names];
}
