/**
 * 公示 lists (domain.md §10): households proposed for 纳入监测 (below the monitoring line and not
 * yet monitoring objects) or for 风险消除 (elimination candidates), printable, with the 户主's ID
 * masked (440229********123X) and no phone, bank or health details — risk types such as 因病 are
 * health details and are left out too. A line states the 公示 period from the policy table; the
 * footer names the 填报单位, 填表人, 审核人 and 联系电话 of the ledger profile (main/db/profile.ts).
 */
import ExcelJS from 'exceljs';
import { maskIdNumber } from '../../shared/domain/id-number';
import { addDays, formatPeriod, localIsoDate } from '../../shared/domain/periods';
import { profileFooter } from '../../shared/domain/profile';
import type { Db } from '../db/open';
import { addStyledSheet, workbookBytes } from '../io/write-workbook';
import { listPolicies } from '../db/policy';
import { readProfile } from '../db/profile';
import { warningsFor } from './warnings';

export async function gongshiWorkbook(db: Db, period: string, kind: '纳入' | '风险消除'): Promise<{ fileName: string; bytes: Buffer; rows: number }> {
  const ruleId = kind === '纳入' ? 'income.below-monitoring-line' : 'monitor.elimination-candidate';
  const report = warningsFor(db, { period, ruleId });
  const seen = new Set<number>();
  const info = db.prepare(
    `SELECT h.household_type AS type, h.monitor_category AS category, h.monitor_start AS start, g.name AS grp,
            (SELECT hm.id_no FROM members hm WHERE hm.household_id = h.id AND hm.relation = '户主' AND hm.status = '在户' ORDER BY hm.id LIMIT 1) AS headIdNo,
            (SELECT count(*) FROM members mc WHERE mc.household_id = h.id AND mc.status = '在户') AS people
     FROM households h LEFT JOIN admin_units g ON g.id = h.group_id WHERE h.id = ?`,
  );
  const rows: string[][] = [];
  for (const w of report.warnings) {
    if (seen.has(w.householdId)) continue;
    const h = info.get(w.householdId) as { type: string; category: string | null; start: string | null; grp: string | null; headIdNo: string | null; people: number };
    if (kind === '纳入' && h.category !== null) continue;
    seen.add(w.householdId);
    const common = [String(rows.length + 1), w.village ?? '', h.grp ?? '', w.headName ?? '', h.headIdNo ? maskIdNumber(h.headIdNo) : '', String(h.people), h.type];
    rows.push(kind === '纳入' ? [...common, '家庭人均纯收入低于监测线'] : [...common, h.category ?? '', h.start ?? '', '帮扶消除']);
  }
  const profile = readProfile(db);
  const town = profile.town ?? '';
  const days = listPolicies(db).find((p) => p.year === Number(period.slice(0, 4)))?.publicNoticeDays ?? 5;
  const start = localIsoDate();
  const title = `${town}${formatPeriod(period)}拟${kind === '纳入' ? '纳入防返贫监测对象' : '标注风险消除监测对象'}公示名单`;
  const headers =
    kind === '纳入'
      ? ['序号', '村', '组', '户主姓名', '户主证件号码', '家庭人口数', '户类型', '拟纳入原因']
      : ['序号', '村', '组', '户主姓名', '户主证件号码', '家庭人口数', '户类型', '监测对象类别', '识别监测时间', '拟消除方式'];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '守底台账';
  addStyledSheet(workbook, {
    name: '公示名单',
    title,
    note: `公示期 ${days} 天：${start} 至 ${addDays(start, days - 1)}。如有异议，请在公示期内向${town || '镇'}人民政府反映。`,
    headers,
    rows,
    footer: profileFooter(profile, start, { date: '公示日期', phone: '监督电话' }),
  });
  return { fileName: `${title}.xlsx`, bytes: await workbookBytes(workbook), rows: rows.length };
}
