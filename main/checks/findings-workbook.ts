/**
 * 疑点清单: the open findings as a workbook to send back to the villages for correction, one sheet
 * per village (a village's sheet can be printed and handed over alone), styled and print-ready like
 * the 公示 lists. IDs are masked: the message names the person, the household number finds the
 * record, and the village has the full number on its own roster (domain.md §10).
 */
import ExcelJS from 'exceljs';
import { localIsoDate } from '../../shared/domain/periods';
import { profileFooter } from '../../shared/domain/profile';
import type { Db } from '../db/open';
import { readProfile } from '../db/profile';
import { addStyledSheet, workbookBytes } from '../io/write-workbook';
import { checksSettled } from './background';
import { listFindings } from './store';

export async function findingsWorkbook(db: Db, village?: string): Promise<{ fileName: string; bytes: Buffer; rows: number }> {
  await checksSettled(db);
  const report = listFindings(db, { village });
  const town = (db.prepare("SELECT name FROM admin_units WHERE level = 'town' LIMIT 1").get() as { name: string } | undefined)?.name ?? '';
  const today = localIsoDate();
  const byVillage = new Map<string, typeof report.findings>();
  for (const f of report.findings) {
    const name = f.village ?? '（未填村）';
    byVillage.set(name, [...(byVillage.get(name) ?? []), f]);
  }
  const footer = profileFooter(readProfile(db), today, { date: '筛查日期' });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '守底台账';
  const headers = ['序号', '户编号', '户主姓名', '成员姓名', '类别', '疑点', '问题说明及更正要求', '核实更正情况'];
  const villages = [...byVillage.keys()].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
  for (const name of villages.length > 0 ? villages : [village ?? '疑点清单']) {
    const rows = (byVillage.get(name) ?? []).map((f, i) => [String(i + 1), f.householdNo, f.headName ?? '', f.memberName ?? '', f.severity, f.ruleName, f.message, '']);
    addStyledSheet(workbook, {
      name,
      title: `${town}${name}数据筛查疑点清单`,
      note: `筛查日期：${today}。请逐条核实，在“核实更正情况”栏写明更正结果或核实说明，连同更正后的报表一并报镇。`,
      headers,
      rows,
      widths: [6, 24, 10, 10, 6, 24, 64, 24],
      highlight: [6],
      footer,
    });
  }
  const scope = village ?? town;
  return { fileName: `${scope}数据筛查疑点清单-${today}.xlsx`, bytes: await workbookBytes(workbook), rows: report.findings.length };
}
