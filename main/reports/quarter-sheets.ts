/**
 * The sheet providers of the quarter-end export: one entry per ledger table, in order. A provider
 * names its sheet, its columns (the exchanged templates' own columns where a template exists, so
 * the county can import the sheet again), how many rows it will write and the rows themselves,
 * read from SQL page by page so a large ledger streams without being held in memory.
 *
 * Households and members are the ledger's current state (在册 households and all their members,
 * removed ones with their 成员状态); income, measures and monitor events are those dated up to the
 * quarter's end; so are the employment months, the HR service events and the returnee cases. The
 * open findings are those at export time. A new table is one more entry in QUARTER_SHEETS.
 *
 * Rows are read in pages by key (keyset on the tables' integer ids, never OFFSET), each page with
 * `.all()`, so no statement stays open while the writer yields to let the file stream drain — an
 * edit made during a long export is not refused with "connection busy".
 */
import { netIncomeFen, perCapitaFen } from '../../shared/domain/income';
import { formatFen } from '../../shared/domain/money';
import type { Quarter } from '../../shared/domain/quarters';
import { HOUSEHOLD_MEMBERS_TEMPLATE, INCOME_TEMPLATE } from '../../shared/templates';
import { EMPLOYMENT_TEMPLATE, HR_FEEDBACK_TEMPLATE, RETURNEES_TEMPLATE } from '../../shared/templates/employment';
import { CHECK_RULES } from '../../shared/domain/checks';
import type { TemplateColumn } from '../../shared/templates/types';
import { HOUSEHOLD_SOURCE } from '../db/households';
import { INCOME_SOURCE } from '../db/income';
import type { SqlValue } from '../db/mutate';
import type { Db } from '../db/open';

export interface SheetProvider {
  /** Sheet name, the table in Chinese. */
  name: string;
  /** One line for the 说明 sheet: what a row is and which rows are in. */
  describe: string;
  headers: readonly string[];
  count(db: Db, quarter: Quarter): number;
  rows(db: Db, quarter: Quarter): Iterable<string[]>;
}

type Raw = Record<string, SqlValue>;

/** A ledger value as the template's cell text: sets joined with 、, money in yuan, the rest as text. */
export function cellText(column: Pick<TemplateColumn, 'kind'>, value: SqlValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (column.kind === 'set') {
    const items = typeof value === 'string' && value.startsWith('[') ? (JSON.parse(value) as string[]) : [String(value)];
    return items.join('、');
  }
  if (column.kind === 'money') return typeof value === 'number' ? formatFen(value) : String(value);
  return String(value);
}

const MEMBER_START = HOUSEHOLD_MEMBERS_TEMPLATE.columns.findIndex((c) => c.key === 'name');
/** The household columns of 家庭成员信息表 (everything before 姓名). */
export const HOUSEHOLD_COLUMNS = HOUSEHOLD_MEMBERS_TEMPLATE.columns.slice(0, MEMBER_START);
const MEMBER_COLUMNS = HOUSEHOLD_MEMBERS_TEMPLATE.columns;

const HOUSEHOLD_SELECT = Object.entries(HOUSEHOLD_SOURCE.columns)
  .map(([key, expr]) => `${expr} AS "${key}"`)
  .join(', ');
const LIVE = "h.status = '在册'";

const PAGE = 2000;

/**
 * Rows of `sql` page by page. The SQL has a `(key columns) > (?, …)` condition written as KEYSET
 * and ends with ORDER BY those key columns; `keys` names them in the select list.
 */
function* paged(db: Db, sql: string, params: SqlValue[], keys: readonly string[], toCells: (raw: Raw) => string[]): Iterable<string[]> {
  const condition = `(${keys.map((k) => `"${k}"`).join(', ')}) > (${keys.map(() => '?').join(', ')})`;
  const stmt = db.prepare(`SELECT * FROM (${sql}) WHERE ${condition} ORDER BY ${keys.map((k) => `"${k}"`).join(', ')} LIMIT ${PAGE}`);
  let after: SqlValue[] = keys.map(() => 0);
  for (;;) {
    const rows = stmt.all(...params, ...after) as Raw[];
    for (const raw of rows) yield toCells(raw);
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1] as Raw;
    after = keys.map((k) => last[k] ?? 0);
  }
}

function count(db: Db, sql: string, ...params: SqlValue[]): number {
  return (db.prepare(sql).get(...params) as { n: number }).n;
}

const householdsSheet: SheetProvider = {
  name: '户信息',
  describe: '在册户，每户一行（家庭成员信息表的户列，可按该模板导入）；已注销户不导出',
  headers: HOUSEHOLD_COLUMNS.map((c) => c.header),
  count: (db) => count(db, `SELECT count(*) AS n FROM households h WHERE ${LIVE}`),
  rows: (db) =>
    paged(db, `SELECT ${HOUSEHOLD_SELECT} ${HOUSEHOLD_SOURCE.from} WHERE ${LIVE}`, [], ['id'], (raw) =>
      HOUSEHOLD_COLUMNS.map((c) => cellText(c, c.key === 'memberCountStated' ? raw.memberCount : raw[c.key])),
    ),
};

const membersSheet: SheetProvider = {
  name: '家庭成员信息表',
  describe: '在册户的全部成员，每人一行（含已死亡、迁出等非在户成员及其成员状态），户列在每行重复；按家庭成员信息表导入',
  headers: MEMBER_COLUMNS.map((c) => c.header),
  count: (db) => count(db, `SELECT count(*) AS n FROM members m JOIN households h ON h.id = m.household_id WHERE ${LIVE}`),
  rows: (db, quarter) =>
    paged(
      db,
      `SELECT ${HOUSEHOLD_SELECT}, m.id AS memberId, m.name AS name, m.id_no || ifnull(m.disability_suffix, '') AS idNo, m.relation AS relation, m.sex AS sex,
                  m.birth_date AS birthDate, m.ethnicity AS ethnicity, m.political AS political, m.education AS education, m.schooling AS schooling,
                  m.health AS health, m.disability_type AS disabilityType, m.labour_skill AS labourSkill, m.phone AS memberPhone,
                  m.medical_resident AS medicalResident, m.medical_staff AS medicalStaff, m.critical_illness AS criticalIllness,
                  m.pension_resident AS pensionResident, m.pension_staff AS pensionStaff, m.dibao AS dibao, m.tekun AS tekun, m.status AS memberStatus
       ${HOUSEHOLD_SOURCE.from} JOIN members m ON m.household_id = h.id WHERE ${LIVE}`,
      [],
      ['memberId'],
      (raw) =>
        MEMBER_COLUMNS.map((c) => {
          if (c.key === 'memberCountStated') return cellText(c, raw.memberCount);
          if (c.key === 'status') return cellText(c, raw.memberStatus);
          if (c.key === 'reportMonth') return quarter.lastMonth;
          return cellText(c, raw[c.key]);
        }),
    ),
};

const INCOME_SELECT = `${Object.entries(INCOME_SOURCE.columns)
  .filter(([key]) => key !== 'perCapita' && key !== 'netIncome')
  .map(([key, expr]) => `${expr} AS "${key}"`)
  .join(', ')}, hd.id_no AS headIdNo`;

const incomeSheet: SheetProvider = {
  name: '收入情况表',
  describe: '在册户统计期截至本季度末的收支记录，每户每统计期一行；家庭纯收入、人均纯收入、家庭人口数为台账按公式算得的数；按收入情况表导入',
  headers: INCOME_TEMPLATE.columns.map((c) => c.header),
  count: (db, q) => count(db, `SELECT count(*) AS n FROM income_records i JOIN households h ON h.id = i.household_id WHERE ${LIVE} AND i.period <= ?`, q.lastMonth),
  rows: (db, q) =>
    paged(db, `SELECT ${INCOME_SELECT} ${INCOME_SOURCE.from} WHERE ${LIVE} AND i.period <= ?`, [q.lastMonth], ['id'], (raw) => {
      const figures = raw as unknown as Parameters<typeof netIncomeFen>[0] & { memberCount: number };
      const sub = raw.subItems ? (JSON.parse(String(raw.subItems)) as Record<string, number>) : {};
      const computed: Raw = { netIncomeStated: netIncomeFen(figures), perCapitaStated: perCapitaFen(figures, figures.memberCount), memberCountStated: figures.memberCount };
      return INCOME_TEMPLATE.columns.map((c) => {
        if (c.key.startsWith('sub:')) return cellText(c, sub[c.key.slice(4)]);
        return cellText(c, c.key in computed ? computed[c.key] : raw[c.key]);
      });
    }),
};

const HOUSEHOLD_KEYS = `h.household_no AS householdNo, v.name AS village, hd.name AS headName, hd.id_no AS headIdNo`;
const HOUSEHOLD_JOIN = `JOIN households h ON h.id = x.household_id
    JOIN admin_units v ON v.id = h.village_id
    LEFT JOIN members hd ON hd.id = (SELECT hm.id FROM members hm WHERE hm.household_id = h.id AND hm.relation = '户主' AND hm.status = '在户' ORDER BY hm.id LIMIT 1)`;
const text = (v: SqlValue | undefined) => (v === null || v === undefined ? '' : String(v));

const measuresSheet: SheetProvider = {
  name: '帮扶措施',
  describe: '在册户截至本季度末的帮扶措施，每户每年度每项措施一行',
  headers: ['村', '户编号', '户主姓名', '户主证件号码', '年度', '帮扶措施', '措施说明', '开始月份'],
  count: (db, q) =>
    count(db, `SELECT count(*) AS n FROM measures x JOIN households h ON h.id = x.household_id WHERE ${LIVE} AND x.year <= ? AND ifnull(x.start_month, '') <= ?`, q.year, q.lastMonth),
  rows: (db, q) =>
    paged(
      db,
      `SELECT x.id, ${HOUSEHOLD_KEYS}, x.year, x.measure, x.detail, x.start_month AS startMonth FROM measures x ${HOUSEHOLD_JOIN}
       WHERE ${LIVE} AND x.year <= ? AND ifnull(x.start_month, '') <= ?`,
      [q.year, q.lastMonth],
      ['id'],
      (r) => [text(r.village), text(r.householdNo), text(r.headName), text(r.headIdNo), text(r.year), text(r.measure), text(r.detail), text(r.startMonth)],
    ),
};

const eventsSheet: SheetProvider = {
  name: '监测对象识别与消除',
  describe: '在册户截至本季度末的识别纳入、风险消除、回退记录，每条一行',
  headers: ['村', '户编号', '户主姓名', '户主证件号码', '事项', '日期', '监测对象类别', '风险类型', '风险消除方式', '回退原因'],
  count: (db, q) => count(db, `SELECT count(*) AS n FROM monitor_events x JOIN households h ON h.id = x.household_id WHERE ${LIVE} AND x.event_date <= ?`, q.end),
  rows: (db, q) =>
    paged(
      db,
      `SELECT x.id, ${HOUSEHOLD_KEYS}, x.kind, x.event_date AS eventDate, x.category, x.risks, x.mode, x.reason FROM monitor_events x ${HOUSEHOLD_JOIN}
       WHERE ${LIVE} AND x.event_date <= ?`,
      [q.end],
      ['id'],
      (r) => [
        text(r.village),
        text(r.householdNo),
        text(r.headName),
        text(r.headIdNo),
        text(r.kind),
        text(r.eventDate),
        text(r.category),
        cellText({ kind: 'set' }, r.risks),
        text(r.mode),
        text(r.reason),
      ],
    ),
};

// The employment tables (issue #5): monthly records up to the quarter's last month in the
// 脱贫劳动力就业台账 template's columns, service events up to its last day in the 人社就业帮扶反馈表
// (逐次服务) columns, so both re-import through the import pipeline once the members are in.
const PERSON_JOIN = `JOIN members m ON m.id = x.member_id JOIN households h ON h.id = m.household_id
    JOIN admin_units v ON v.id = h.village_id JOIN admin_units t ON t.id = v.parent_id`;

const employmentSheet: SheetProvider = {
  name: '脱贫劳动力就业台账',
  describe: '在册户脱贫劳动力截至本季度末各月的就业记录，每人每月一行；按脱贫劳动力就业台账导入',
  headers: EMPLOYMENT_TEMPLATE.columns.map((c) => c.header),
  count: (db, q) => count(db, `SELECT count(*) AS n FROM employment_records x ${PERSON_JOIN} WHERE ${LIVE} AND x.month <= ?`, q.lastMonth),
  rows: (db, q) =>
    paged(
      db,
      `SELECT x.id, t.name AS town, v.name AS village, m.name AS name, m.id_no AS idNo, x.month AS reportMonth, x.employed, x.region,
              x.work_province AS workProvince, x.work_city AS workCity, x.work_county AS workCounty, x.employer, x.channel,
              x.start_month AS startMonth, x.months_worked AS monthsWorked, x.monthly_wage_fen AS monthlyWage,
              x.transport_subsidy_fen AS transportSubsidy, x.job_need AS jobNeed, x.training_need AS trainingNeed,
              x.training_kind AS trainingKind, x.wished_job AS wishedJob, x.wished_region AS wishedRegion
       FROM employment_records x ${PERSON_JOIN} WHERE ${LIVE} AND x.month <= ?`,
      [q.lastMonth],
      ['id'],
      (raw) => EMPLOYMENT_TEMPLATE.columns.map((c) => cellText(c, raw[c.key])),
    ),
};

const serviceEventsSheet: SheetProvider = {
  name: '就业帮扶服务记录',
  describe: '在册户脱贫劳动力截至本季度末的人社就业帮扶服务，每次服务一行；按人社就业帮扶反馈表（逐次服务）导入',
  headers: HR_FEEDBACK_TEMPLATE.columns.map((c) => c.header),
  count: (db, q) => count(db, `SELECT count(*) AS n FROM service_events x ${PERSON_JOIN} WHERE ${LIVE} AND x.event_date <= ?`, q.end),
  rows: (db, q) =>
    paged(
      db,
      `SELECT x.id, t.name AS town, v.name AS village, m.name AS name, m.id_no AS idNo, m.phone AS phone, NULL AS needKinds,
              x.event_date AS serviceDate, x.kind AS serviceKind, x.employer, x.post, x.project, x.result
       FROM service_events x ${PERSON_JOIN} WHERE ${LIVE} AND x.event_date <= ?`,
      [q.end],
      ['id'],
      (raw) => HR_FEEDBACK_TEMPLATE.columns.map((c) => cellText(c, raw[c.key])),
    ),
};

// Returnee cases opened up to the quarter's last day, in the 返乡回流跟踪台账 columns, with their
// services up to then (a returnDate given as a month counts from its first day).
const returneesSheet: SheetProvider = {
  name: '返乡回流跟踪台账',
  describe: '在册户截至本季度末登记的返乡回流人员，每案一行，服务次数为返乡后至本季度末的服务；按返乡回流跟踪台账导入',
  headers: RETURNEES_TEMPLATE.columns.map((c) => c.header),
  count: (db, q) => count(db, `SELECT count(*) AS n FROM returnee_cases x ${PERSON_JOIN} WHERE ${LIVE} AND x.return_date <= ?`, q.end),
  rows: (db, q) =>
    paged(
      db,
      `SELECT x.id, t.name AS town, v.name AS village, m.name AS name, m.id_no AS idNo, m.phone AS phone, x.origin_place AS originPlace,
              x.origin_employer AS originEmployer, x.origin_region AS originRegion, x.return_date AS returnDate, x.reason, x.job_wish AS jobWish,
              x.training_wish AS trainingWish, x.wished_job AS wishedJob, x.wished_region AS wishedRegion,
              (SELECT count(*) FROM service_events s WHERE s.member_id = x.member_id AND s.event_date >= substr(x.return_date || '-01', 1, 10) AND s.event_date <= ?) AS servicesSoFar,
              (SELECT max(s.event_date) FROM service_events s WHERE s.member_id = x.member_id AND s.event_date >= substr(x.return_date || '-01', 1, 10) AND s.event_date <= ?) AS lastServiceDate,
              x.reemploy_date AS reemployDate, x.reemploy_employer AS reemployEmployer, x.reemploy_mode AS reemployMode,
              x.left_again_month AS leftAgainMonth, x.status, x.note
       FROM returnee_cases x ${PERSON_JOIN} WHERE ${LIVE} AND x.return_date <= ?`,
      [q.end, q.end, q.end],
      ['id'],
      (raw) => RETURNEES_TEMPLATE.columns.map((c) => cellText(c, raw[c.key])),
    ),
};

// The open 数据筛查 findings as they stand at export (not 已核实 with unchanged values, rule not
// switched off): the county sees what the town has still to correct.
const OPEN_FINDINGS = `FROM check_findings f LEFT JOIN check_verifications cv ON cv.finding_key = f.finding_key AND cv.fingerprint = f.fingerprint
  WHERE cv.finding_key IS NULL AND f.rule_id NOT IN (SELECT rule_id FROM check_disabled_rules)`;
const RULE_NAMES = new Map(CHECK_RULES.map((r) => [r.id, r.name]));

const findingsSheet: SheetProvider = {
  name: '数据筛查疑点',
  describe: '导出时尚未更正或核实的数据筛查疑点（错误、提醒），每条一行',
  headers: ['村', '户编号', '户主姓名', '成员姓名', '类别', '疑点', '问题说明'],
  count: (db) => count(db, `SELECT count(*) AS n ${OPEN_FINDINGS}`),
  rows: (db) =>
    paged(
      db,
      `SELECT f.id, f.village, f.household_no AS householdNo, f.head_name AS headName, f.member_name AS memberName, f.severity, f.rule_id AS ruleId, f.message ${OPEN_FINDINGS}`,
      [],
      ['id'],
      (r) => [text(r.village), text(r.householdNo), text(r.headName), text(r.memberName), text(r.severity), RULE_NAMES.get(text(r.ruleId)) ?? text(r.ruleId), text(r.message)],
    ),
};

/** In sheet order. */
export const QUARTER_SHEETS: readonly SheetProvider[] = [householdsSheet, membersSheet, incomeSheet, measuresSheet, eventsSheet, employmentSheet, serviceEventsSheet, returneesSheet, findingsSheet];
