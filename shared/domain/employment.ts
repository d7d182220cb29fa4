/**
 * Employment of 脱贫劳动力 (domain.md §1, §6 items 5–8): code lists, quarters, the 务工区域 rule and
 * the returning-worker (返乡回流) transition rule. Plain data and functions (no zod), so the
 * renderer can use them as they are.
 */

export const WORK_REGIONS = ['县内', '省内县外', '省外', '境外'] as const;
export type WorkRegion = (typeof WORK_REGIONS)[number];
/** Regions that count as working away from home (县外): leaving them for home is a return. */
export const AWAY_REGIONS: readonly WorkRegion[] = ['省内县外', '省外', '境外'];

export const EMPLOYMENT_CHANNELS = ['外出务工', '公益性岗位', '帮扶车间/乡村振兴车间', '自主创业', '灵活就业', '农业生产'] as const;

export const RETURN_ORIGINS = ['省外回流', '省内县外回流'] as const;
export const RETURN_REASONS = ['企业裁员/停工', '合同到期', '家庭原因', '自身健康', '季节性返乡', '返乡创业', '其他'] as const;
export const RETURNEE_STATUSES = ['跟踪中', '已再就业', '再次外出', '暂无意愿'] as const;
export type ReturneeStatus = (typeof RETURNEE_STATUSES)[number];

export const SERVICE_KINDS = ['就业指导', '就业培训', '岗位推荐', '其他'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** A quarter as `2023Q3`. */
export const QUARTER_RE = /^(\d{4})Q([1-4])$/;

export interface QuarterSpan {
  quarter: string;
  year: number;
  q: number;
  /** First and last month (YYYY-MM), first and last day (YYYY-MM-DD). */
  firstMonth: string;
  lastMonth: string;
  firstDay: string;
  lastDay: string;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The months and days of a quarter; null when the text is not `YYYYQn`. */
export function quarterSpan(quarter: string): QuarterSpan | null {
  const m = QUARTER_RE.exec(quarter.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  const q = Number(m[2]);
  const first = (q - 1) * 3 + 1;
  const last = first + 2;
  const lastDate = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return {
    quarter: `${year}Q${q}`,
    year,
    q,
    firstMonth: `${year}-${pad2(first)}`,
    lastMonth: `${year}-${pad2(last)}`,
    firstDay: `${year}-${pad2(first)}-01`,
    lastDay: `${year}-${pad2(last)}-${pad2(lastDate)}`,
  };
}

/** The quarter (`2023Q3`) a month or a date falls in. */
export function quarterOfDate(monthOrDate: string): string {
  const month = Number(monthOrDate.slice(5, 7));
  return `${monthOrDate.slice(0, 4)}Q${Math.floor((month - 1) / 3) + 1}`;
}

/** 2023Q3 -> 2023年第三季度 */
export function formatQuarter(quarter: string): string {
  const span = quarterSpan(quarter);
  if (!span) return quarter;
  return `${span.year}年第${['一', '二', '三', '四'][span.q - 1]}季度`;
}

/** The next month (YYYY-MM). */
export function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${pad2(m + 1)}`;
}

export interface Workplace {
  province: string | null;
  city: string | null;
  county: string | null;
}
export interface HomeArea {
  province: string;
  county: string;
}

/** Strip the administrative suffix so 广东 = 广东省, 翁源 = 翁源县. */
function core(name: string): string {
  return name.trim().replace(/(省|市|县|区|自治区|特别行政区|壮族|回族|维吾尔)+$/u, '');
}

const ABROAD = new Set(['香港', '澳门', '台湾', '境外', '国外']);

/**
 * 务工区域 from the workplace against the ledger's home county: same county -> 县内, same province
 * -> 省内县外, another province -> 省外, 港澳台/abroad -> 境外. Null when the workplace does not say
 * enough (the imported 务工区域 column is then used as it is).
 */
export function regionOf(place: Workplace, home: HomeArea | null): WorkRegion | null {
  if (!home || !place.province) return null;
  const province = core(place.province);
  if (ABROAD.has(province)) return '境外';
  if (province !== core(home.province)) return '省外';
  if (!place.county) return null;
  return core(place.county) === core(home.county) ? '县内' : '省内县外';
}

export function isAway(region: string | null | undefined): boolean {
  return region !== null && region !== undefined && (AWAY_REGIONS as readonly string[]).includes(region);
}

/** One reported month of a labourer, as the returnee rule reads it. */
export interface ReportedMonth {
  month: string;
  employed: string | null;
  region: string | null;
}

/** Working away from home in that month. */
export function workedAway(m: ReportedMonth): boolean {
  return m.employed === '是' && isAway(m.region);
}

/**
 * A return (返乡回流) happened between two reported months when the earlier one is 县外
 * employment and the later one is not employed or 县内 employment. Months need not be adjacent:
 * a gap in reporting compares the last reported month before it.
 */
export function isReturn(before: ReportedMonth, after: ReportedMonth): boolean {
  if (!workedAway(before)) return false;
  if (after.employed === '否') return true;
  return after.employed === '是' && after.region === '县内';
}

/** 原务工区域 of a return: 境外 counts as outside the province. */
export function returnOrigin(region: string | null): (typeof RETURN_ORIGINS)[number] {
  return region === '省内县外' ? '省内县外回流' : '省外回流';
}

export interface ServiceTargets {
  guidance: number;
  training: number;
  recommendations: number;
}

/**
 * The 1/1/3 rule (policy 服务达标): met when every count reaches its target; otherwise a Chinese
 * reason naming each shortfall, e.g. "就业指导 0 次（应至少 1 次）；岗位推荐 1 个（应至少 3 个）".
 */
export function serviceVerdict(counts: ServiceTargets, targets: ServiceTargets): { met: boolean; reason: string | null } {
  const gaps: string[] = [];
  if (counts.guidance < targets.guidance) gaps.push(`就业指导 ${counts.guidance} 次（应至少 ${targets.guidance} 次）`);
  if (counts.training < targets.training) gaps.push(`就业培训 ${counts.training} 次（应至少 ${targets.training} 次）`);
  if (counts.recommendations < targets.recommendations) gaps.push(`岗位推荐 ${counts.recommendations} 个（应至少 ${targets.recommendations} 个）`);
  return gaps.length === 0 ? { met: true, reason: null } : { met: false, reason: gaps.join('；') };
}

const CHOICE_DECORATION = /^\s*(?:[\u2460-\u2473]|[(（]\s*\d+\s*[)）]|\d+\s*[.、．:：])\s*/;

/** Drifted spellings of the employment code lists -> canonical label. */
export const EMPLOYMENT_ALIASES: Record<string, string> = {
  公益岗位: '公益性岗位',
  帮扶车间: '帮扶车间/乡村振兴车间',
  乡村振兴车间: '帮扶车间/乡村振兴车间',
  就业帮扶车间: '帮扶车间/乡村振兴车间',
  务工: '外出务工',
  创业: '自主创业',
  县外省内: '省内县外',
  省内: '省内县外',
  国外: '境外',
  省外回流: '省外回流',
  省内回流: '省内县外回流',
  企业裁员: '企业裁员/停工',
  停工: '企业裁员/停工',
  裁员: '企业裁员/停工',
  指导: '就业指导',
  培训: '就业培训',
  推荐岗位: '岗位推荐',
  岗位信息推荐: '岗位推荐',
  Y: '是',
  N: '否',
  有: '是',
  无: '否',
};

/** A label of `list` from what a sheet holds (①/(1) prefixes, width, known aliases); null if none. */
export function normalizeChoice(list: readonly string[], raw: string): string | null {
  const text = raw
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(CHOICE_DECORATION, '')
    .replace(/\s+/g, '');
  if (list.includes(text)) return text;
  const alias = EMPLOYMENT_ALIASES[text];
  return alias !== undefined && list.includes(alias) ? alias : null;
}
