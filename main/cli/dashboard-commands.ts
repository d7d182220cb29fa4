/**
 * CLI commands of the dashboard area:
 *   export quarter --db FILE --quarter 2023Q3 --out FILE.xlsx   the quarter-end export for the county
 *   dashboard --db FILE [--period YYYY-MM]                        the 首页 figures and warnings count, as JSON
 */
import { ApiError } from '../../shared/api/errors';
import { dashboardWarnings } from '../dashboard/dashboard-warnings';
import { catchUp } from '../checks/run';
import { dashboardSummary } from '../dashboard/summary';
import { exportQuarterToFile, requireQuarter } from '../reports/quarter-export';
import type { LedgerService } from '../service';

export async function exportQuarter(service: LedgerService, flags: { quarter?: string | undefined; out?: string | undefined; json: boolean }): Promise<number> {
  const quarter = requireQuarter(flags.quarter);
  if (!flags.out) throw new ApiError('input.missing-out', '请用 --out 指定输出文件，如 2023Q3台账.xlsx');
  const result = await exportQuarterToFile(service.db, quarter, flags.out);
  if (flags.json) process.stdout.write(`${JSON.stringify({ quarter: quarter.id, out: flags.out, sheets: result.sheets }, null, 2)}\n`);
  else process.stdout.write(`已导出 ${result.fileName} -> ${flags.out}\n${result.sheets.map((s) => `  ${s.name}：${s.rows} 行`).join('\n')}\n`);
  return 0;
}

export function printDashboard(service: LedgerService, flags: { period?: string | undefined }): number {
  if (flags.period !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(flags.period)) throw new ApiError('input.bad-period', '--period 应为 YYYY-MM，如 2023-08');
  // A batch tool: the checks are brought up to date here and now (the server does it in the background).
  if ((service.db.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n > 0) catchUp(service.db);
  const summary = dashboardSummary(service.db);
  process.stdout.write(`${JSON.stringify({ ...summary, warnings: dashboardWarnings(service.db, { period: flags.period }, new Date(), { background: false }) }, null, 2)}\n`);
  return 0;
}
