/**
 * CLI commands of the monthly data check:
 *   check --db FILE [--rule ID] [--as-of YYYY-MM-DD] [--json]   full run, then the open findings
 *   export findings --db FILE [--village 村] --out FILE.xlsx       疑点清单
 */
import { writeFileSync } from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import { checkRule } from '../../shared/domain/checks';
import { findingsWorkbook } from '../checks/findings-workbook';
import { runFull } from '../checks/run';
import { listFindings } from '../checks/store';
import type { LedgerService } from '../service';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function printChecks(service: LedgerService, flags: { rule?: string | undefined; asOf?: string | undefined; json: boolean }): number {
  if (flags.asOf !== undefined && !DAY.test(flags.asOf)) throw new ApiError('input.bad-date', `--as-of 应为 YYYY-MM-DD 日期，现为“${flags.asOf}”`);
  if (flags.rule && !checkRule(flags.rule)) throw new ApiError('input.unknown-rule', `没有“${flags.rule}”这条筛查规则`);
  const run = runFull(service.db, flags.asOf);
  const report = listFindings(service.db, { ruleId: flags.rule });
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ asOf: run.asOf, households: run.households, count: report.total, errors: report.errors, reminders: report.reminders, byRule: report.byRule, byVillage: report.byVillage, findings: report.findings }, null, 2)}\n`);
  } else {
    process.stdout.write(`筛查 ${run.households} 户（按 ${run.asOf} 计算年龄）：错误 ${report.errors} 条，提醒 ${report.reminders} 条\n`);
    for (const f of report.findings) process.stdout.write(`【${f.severity}·${f.ruleName}】${f.message}\n`);
  }
  return 0;
}

export async function exportFindings(service: LedgerService, flags: { village?: string | undefined; out?: string | undefined }): Promise<number> {
  if (!flags.out) throw new ApiError('input.missing-out', '请用 --out 指定导出文件，如 --out 疑点清单.xlsx');
  const file = await findingsWorkbook(service.db, flags.village);
  writeFileSync(flags.out, file.bytes);
  process.stderr.write(`已导出疑点清单 ${file.rows} 条：${flags.out}\n`);
  return 0;
}
