/**
 * CLI commands of the employment ledger:
 *   export needs-sheet|service-sheet|returnees --db FILE --quarter 2023Q3 [--town 镇] --out FILE.xlsx
 *   returnees --db FILE [--json]
 *   services --db FILE --quarter 2023Q3 [--json]
 */
import { writeFileSync } from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import { formatQuarter, quarterSpan } from '../../shared/domain/employment';
import { listReturnees } from '../db/returnees';
import { servicesForQuarter } from '../employment/service-standing';
import { employmentSheet, type EmploymentSheetKind } from '../employment/sheets';
import type { LedgerService } from '../service';

export const EMPLOYMENT_SHEETS: readonly EmploymentSheetKind[] = ['needs-sheet', 'service-sheet', 'returnees'];

function requireQuarter(quarter: string | undefined): string {
  const span = quarter ? quarterSpan(quarter) : null;
  if (!span) throw new ApiError('input.bad-quarter', '请用 --quarter 指定季度，格式如 2023Q3');
  return span.quarter;
}

export async function exportEmploymentSheet(service: LedgerService, kind: EmploymentSheetKind, flags: { quarter?: string | undefined; town?: string | undefined; out?: string | undefined }): Promise<number> {
  const quarter = requireQuarter(flags.quarter);
  if (!flags.out) throw new ApiError('input.missing-out', '请用 --out 指定输出文件，如 需求表.xlsx');
  const file = await employmentSheet(service.db, kind, quarter, flags.town);
  writeFileSync(flags.out, file.bytes);
  process.stdout.write(`已导出 ${file.fileName}：${file.rows} 行 -> ${flags.out}\n`);
  return 0;
}

export function printReturnees(service: LedgerService, json: boolean): number {
  const cases = listReturnees(service.db);
  if (json) process.stdout.write(`${JSON.stringify({ count: cases.length, followUp: cases.filter((c) => c.needsFollowUp).length, cases }, null, 2)}\n`);
  else {
    process.stdout.write(`返乡回流 ${cases.length} 人次，本季度待跟踪服务 ${cases.filter((c) => c.needsFollowUp).length} 人\n`);
    for (const c of cases) {
      process.stdout.write(`${c.village ?? ''} ${c.name}：${c.returnDate} 自${c.originPlace ?? c.originRegion}返乡，${c.status}，已服务 ${c.servicesSoFar} 次${c.needsFollowUp ? '（本季度未跟踪）' : ''}\n`);
    }
  }
  return 0;
}

export function printServices(service: LedgerService, flags: { quarter?: string | undefined; json: boolean }): number {
  const report = servicesForQuarter(service.db, requireQuarter(flags.quarter));
  if (flags.json) {
    const rows = report.rows.map((r) => ({
      memberId: r.memberId,
      name: r.name,
      idNo: r.idNo,
      village: r.village,
      needs: { job: r.jobNeed === '是', training: r.trainingNeed === '是', trainingKind: r.trainingKind },
      counts: { guidance: r.guidance, training: r.training, recommendations: r.recommendations, other: r.other },
      met: r.met,
      reason: r.reason,
    }));
    process.stdout.write(`${JSON.stringify({ quarter: report.quarter, targets: report.targets, byVillage: report.byVillage, labourers: rows }, null, 2)}\n`);
  } else {
    const met = report.rows.filter((r) => r.met).length;
    process.stdout.write(`${formatQuarter(report.quarter)}：有需求 ${report.rows.length} 人，帮扶达标 ${met} 人\n`);
    for (const r of report.rows) process.stdout.write(`${r.village ?? ''} ${r.name}：指导 ${r.guidance}，培训 ${r.training}，推荐 ${r.recommendations}，${r.met ? '达标' : `未达标（${r.reason ?? ''}）`}\n`);
  }
  return 0;
}
