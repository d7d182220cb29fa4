/**
 * The quarterly employment workbooks, print-ready (A4 landscape, title, 填报单位/填报日期 line,
 * grouped two-row header, borders, every cell text so IDs and phones stay intact, header rows
 * repeated on each printed page, 填表人/审核人/联系电话 footer):
 *   - needs-sheet: 季度就业/培训需求表 — every labourer with a job or training need at the
 *     quarter's start;
 *   - service-sheet: 就业帮扶落实情况表 — per labourer with needs: counts in the quarter, 达标,
 *     未达标原因; plus a per-village summary sheet;
 *   - returnees: 返乡回流跟踪台账 — cases open during the quarter.
 * Headers come from the template specs (shared/templates/employment.ts), so each sheet
 * re-imports through the import pipeline to the same data.
 */
import ExcelJS from 'exceljs';
import { formatQuarter } from '../../shared/domain/employment';
import { localIsoDate } from '../../shared/domain/periods';
import { profileFooter } from '../../shared/domain/profile';
import { HR_COUNTS_TEMPLATE, NEEDS_SHEET_TEMPLATE, RETURNEES_TEMPLATE } from '../../shared/templates/employment';
import type { TemplateSpec } from '../../shared/templates/types';
import { readProfile } from '../db/profile';
import { listReturnees, returnDay } from '../db/returnees';
import type { Db } from '../db/open';
import { addStyledSheet, workbookBytes } from '../io/write-workbook';
import { labourersWithNeeds, needKinds, situationText, spanOf } from './needs';
import { servicesForQuarter } from './service-standing';

export type EmploymentSheetKind = 'needs-sheet' | 'service-sheet' | 'returnees';


function headerOf(template: TemplateSpec, key: string): string {
  const column = template.columns.find((c) => c.key === key);
  if (!column) throw new Error(`template ${template.id} has no column ${key}`);
  return column.header;
}

function layout(template: TemplateSpec, columns: [key: string, group: string | null][]): { headers: string[]; groups: (string | null)[]; keys: string[] } {
  return {
    headers: ['序号', ...columns.map(([key]) => headerOf(template, key))],
    groups: [null, ...columns.map(([, group]) => group)],
    keys: columns.map(([key]) => key),
  };
}

/** The unit named on the sheet: the chosen town, else the ledger's only town, else its county. */
function unitName(db: Db, town: string | undefined): string {
  if (town) return town;
  const towns = db.prepare("SELECT name FROM admin_units WHERE level = 'town' ORDER BY name").all() as { name: string }[];
  if (towns.length === 1) return towns[0]!.name;
  return (db.prepare("SELECT name FROM admin_units WHERE level = 'county' LIMIT 1").get() as { name: string } | undefined)?.name ?? '';
}

function rowsOf(keys: string[], records: readonly object[]): string[][] {
  return records.map((r, i) => [String(i + 1), ...keys.map((k) => {
    const value = (r as Record<string, unknown>)[k];
    return value === null || value === undefined ? '' : String(value as string | number);
  })]);
}

/** The needs sheet's header and cells (exported for the bench floor, which writes the same cells unstyled). */
export function needsSheet(db: Db, quarter: string, town: string | undefined) {
  const { headers, groups, keys } = layout(NEEDS_SHEET_TEMPLATE, [
    ['town', null],
    ['village', null],
    ['name', '基本情况'],
    ['idNo', '基本情况'],
    ['sex', '基本情况'],
    ['age', '基本情况'],
    ['phone', '基本情况'],
    ['education', '基本情况'],
    ['labourSkill', '基本情况'],
    ['situation', null],
    ['needKinds', '就业/培训需求'],
    ['trainingKind', '就业/培训需求'],
    ['wishedJob', '就业/培训需求'],
    ['wishedRegion', '就业/培训需求'],
    ['quarter', null],
  ]);
  const records = labourersWithNeeds(db, quarter, { town }).map((n) => ({ ...n, situation: situationText(n), needKinds: needKinds(n), quarter }));
  return { headers, groups, rows: rowsOf(keys, records), title: '脱贫劳动力就业培训需求表', summary: null };
}

function serviceSheet(db: Db, quarter: string, town: string | undefined) {
  const { headers, groups, keys } = layout(HR_COUNTS_TEMPLATE, [
    ['town', null],
    ['village', null],
    ['name', null],
    ['idNo', null],
    ['phone', null],
    ['needKinds', null],
    ['guidanceCount', '本季度帮扶情况'],
    ['trainingCount', '本季度帮扶情况'],
    ['recommendationCount', '本季度帮扶情况'],
    ['met', '落实情况'],
    ['reason', '落实情况'],
    ['quarter', null],
  ]);
  const standing = servicesForQuarter(db, quarter, { town });
  const records = standing.rows.map((r) => ({
    ...r,
    needKinds: needKinds(r),
    guidanceCount: r.guidance,
    trainingCount: r.training,
    recommendationCount: r.recommendations,
    met: r.met ? '是' : '否',
    quarter,
  }));
  const summary = { rows: standing.byVillage.map((v) => [v.village, String(v.needing), String(v.met), String(v.gaps)]), targets: standing.targets };
  return { headers, groups, rows: rowsOf(keys, records), title: '脱贫劳动力就业帮扶落实情况表', summary };
}

function returneesSheet(db: Db, quarter: string, town: string | undefined) {
  const span = spanOf(quarter);
  const { headers, groups, keys } = layout(RETURNEES_TEMPLATE, [
    ['village', null],
    ['name', null],
    ['idNo', null],
    ['phone', null],
    ['originPlace', '原务工情况'],
    ['originEmployer', '原务工情况'],
    ['originRegion', '原务工情况'],
    ['returnDate', '返乡情况'],
    ['reason', '返乡情况'],
    ['jobWish', '意愿'],
    ['trainingWish', '意愿'],
    ['wishedJob', '意愿'],
    ['wishedRegion', '意愿'],
    ['servicesSoFar', '跟踪服务'],
    ['lastServiceDate', '跟踪服务'],
    ['reemployDate', '再就业情况'],
    ['reemployEmployer', '再就业情况'],
    ['reemployMode', '再就业情况'],
    ['leftAgainMonth', null],
    ['status', null],
    ['note', null],
  ]);
  const asOf = span.lastDay < localIsoDate() ? span.lastDay : localIsoDate();
  const cases = listReturnees(db, { town, asOf }).filter((c) => {
    if (returnDay(c.returnDate) > span.lastDay) return false;
    if (c.status === '跟踪中' || c.status === '暂无意愿') return true;
    const closed = [c.reemployDate, c.leftAgainMonth].filter((d): d is string => d !== null).map(returnDay);
    return returnDay(c.returnDate) >= span.firstDay || closed.some((d) => d >= span.firstDay);
  });
  return { headers, groups, rows: rowsOf(keys, cases), title: '返乡回流脱贫劳动力跟踪台账', summary: null };
}

export async function employmentSheet(db: Db, kind: EmploymentSheetKind, quarter: string, town?: string): Promise<{ fileName: string; bytes: Buffer; rows: number }> {
  const span = spanOf(quarter);
  const unit = unitName(db, town);
  const today = localIsoDate();
  // 填报单位/填表人/审核人/联系电话 from the ledger profile, blanks to fill by hand where it has none.
  const footer = profileFooter(readProfile(db), today);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '守底台账';
  const sheet = kind === 'needs-sheet' ? needsSheet(db, span.quarter, town) : kind === 'service-sheet' ? serviceSheet(db, span.quarter, town) : returneesSheet(db, span.quarter, town);
  const title = `${unit}${formatQuarter(span.quarter)}${sheet.title}`;
  const note = `填报单位：${unit}                    填报日期：${today}`;
  addStyledSheet(workbook, { name: sheet.title.slice(0, 31), title, note, headers: sheet.headers, groups: sheet.groups, rows: sheet.rows, footer });
  if (sheet.summary) {
    const t = sheet.summary.targets;
    addStyledSheet(workbook, {
      name: '各村汇总',
      title: `${unit}${formatQuarter(span.quarter)}就业帮扶落实情况汇总`,
      note: `达标标准：每人每季度至少 ${t.guidance} 次就业指导、${t.training} 次就业培训、${t.recommendations} 个岗位推荐`,
      headers: ['村', '有需求人数', '帮扶达标人数', '未达标人数'],
      rows: sheet.summary.rows,
      footer,
    });
  }
  return { fileName: `${title}.xlsx`, bytes: await workbookBytes(workbook), rows: sheet.rows.length };
}
