/**
 * CLI commands of income monitoring:
 *   warnings --db FILE --period YYYY-MM [--village 村] [--rule ID] [--json]
 *   income --db FILE --household 户编号 [--json]
 *   export gongshi --db FILE --period YYYY-MM [--kind 纳入|风险消除] --out FILE.xlsx
 */
import { writeFileSync } from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import { yuan } from '../../shared/domain/income';
import { householdIdByNo } from '../db/households';
import { listIncome } from '../db/income';
import { gongshiWorkbook } from '../monitoring/gongshi';
import { warningsFor } from '../monitoring/warnings';
import type { LedgerService } from '../service';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function requireMonth(period: string | undefined): string {
  if (!period || !MONTH.test(period)) throw new ApiError('input.bad-period', '请用 --period 指定月份，格式 YYYY-MM，如 2023-08');
  return period;
}

export function printWarnings(service: LedgerService, flags: { period?: string | undefined; village?: string | undefined; rule?: string | undefined; json: boolean }): number {
  const report = warningsFor(service.db, { period: requireMonth(flags.period), village: flags.village, ruleId: flags.rule });
  if (flags.json) {
    const warnings = report.warnings.map((w) => ({
      rule: w.ruleId,
      ruleName: w.ruleName,
      severity: w.severity,
      period: w.period,
      household: { id: w.householdId, householdNo: w.householdNo, village: w.village, headName: w.headName },
      member: w.memberId === null ? null : { id: w.memberId, name: w.memberName },
      figures: w.figures,
      threshold: w.threshold,
      deadline: w.deadline,
      overdue: w.overdue,
      message: w.message,
    }));
    process.stdout.write(`${JSON.stringify({ period: report.period, count: warnings.length, byVillage: report.byVillage, byRule: report.byRule, warnings }, null, 2)}\n`);
  } else {
    process.stdout.write(`${report.period} 预警 ${report.warnings.length} 条\n`);
    for (const w of report.warnings) process.stdout.write(`【${w.severity}·${w.ruleName}】${w.message}${w.overdue ? '（已逾期）' : ''}\n`);
  }
  return 0;
}

export function printIncome(service: LedgerService, flags: { household?: string | undefined; json: boolean }): number {
  if (!flags.household) throw new ApiError('input.missing-household', '请用 --household 指定户编号');
  const id = householdIdByNo(service.db, flags.household);
  if (id === undefined) throw new ApiError('household.not-found', `台账中没有户编号 ${flags.household}`);
  const { rows } = listIncome(service.db, { householdId: id, limit: 1000, offset: 0, sort: [{ colId: 'period', sort: 'asc' }] });
  if (flags.json) process.stdout.write(`${JSON.stringify({ householdNo: flags.household, records: rows }, null, 2)}\n`);
  else
    for (const r of rows) {
      const per = r.perCapita === null ? '—' : yuan(r.perCapita);
      process.stdout.write(`${r.period}：家庭纯收入 ${yuan(r.netIncome)}，${r.memberCount} 人，人均 ${per}\n`);
    }
  return 0;
}

export async function exportGongshi(service: LedgerService, flags: { period?: string | undefined; kind?: string | undefined; out?: string | undefined }): Promise<number> {
  const kind = flags.kind ?? '纳入';
  if (kind !== '纳入' && kind !== '风险消除') throw new ApiError('input.bad-kind', '--kind 只能是“纳入”或“风险消除”');
  if (!flags.out) throw new ApiError('input.missing-out', '请用 --out 指定输出文件，如 公示名单.xlsx');
  const file = await gongshiWorkbook(service.db, requireMonth(flags.period), kind);
  writeFileSync(flags.out, file.bytes);
  process.stdout.write(`已导出 ${file.fileName}：${file.rows} 户 -> ${flags.out}\n`);
  return 0;
}
