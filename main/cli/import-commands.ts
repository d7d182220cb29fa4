/**
 * CLI import commands over the same staging, planning, commit and undo the app uses:
 *   import --db FILE [--dry-run] [--accept-valid] [--receipt OUT.xlsx] [--month YYYY-MM] [--json] WORKBOOK...
 *   imports --db FILE [--json]
 *   undo-import --db FILE BATCH_ID
 * Exit codes: 0 all imported (or a dry run without rejections), 2 rows rejected and nothing
 * written, 1 failure.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { readProfile } from '../db/profile';
import { commitImport } from '../imports/commit';
import { buildPreview, planStaged } from '../imports/preview';
import { buildReceipt } from '../imports/receipt';
import { stageWorkbook } from '../imports/stage';
import { listBatches, undoBatch } from '../imports/undo';
import { readWorkbook } from '../io/read-workbook';
import type { LedgerService } from '../service';

export interface ImportFlags {
  dryRun: boolean;
  acceptValid: boolean;
  receipt?: string | undefined;
  month?: string | undefined;
  json: boolean;
}

function receiptPath(out: string, file: string, many: boolean): string {
  if (!many) return out;
  const ext = extname(out) || '.xlsx';
  return `${out.slice(0, out.length - extname(out).length)}-${basename(file, extname(file))}${ext}`;
}

export async function importFiles(service: LedgerService, files: string[], flags: ImportFlags, actor: string): Promise<number> {
  if (files.length === 0) throw new ApiError('input.no-files', '请在命令后写出要导入的工作簿文件');
  let exit = 0;
  const results: unknown[] = [];
  for (const file of files) {
    const workbook = await readWorkbook({ path: file });
    const staged = stageWorkbook(service.db, randomUUID(), workbook, { reportMonth: flags.month ?? null });
    const plan = planStaged(service.db, staged);
    const preview = buildPreview(staged, plan);
    const main = preview.sheets.find((s) => s.templateId === staged.templateId);
    let rows = preview.counts;
    let batchId: number | null = null;
    if (!staged.templateId) {
      exit = Math.max(exit, 2);
    } else if (rows.rejected > 0 && !flags.acceptValid) {
      exit = Math.max(exit, 2);
    } else if (!flags.dryRun) {
      const committed = commitImport(service.db, staged, { acceptValid: flags.acceptValid, actor }, plan);
      rows = committed.counts;
      batchId = committed.batchId;
    }
    if (flags.receipt && preview.errorCount > 0) {
      const receipt = await buildReceipt(staged, plan, readProfile(service.db));
      writeFileSync(receiptPath(flags.receipt, file, files.length > 1), receipt.bytes);
    }
    const errors = plan.rows.flatMap((r) => r.errors).map(({ row, column, code, message }) => ({ row, column, code, message }));
    const result = {
      file,
      template: preview.templateName,
      sheet: staged.sheets.join('、') || null,
      headerRow: main?.headerRow ?? null,
      reportMonth: staged.reportMonth,
      batchId,
      rows,
      errors,
    };
    results.push(result);
    if (!flags.json) {
      const what = preview.templateName ? `${preview.templateName}（${result.sheet}，表头第 ${result.headerRow} 行）` : '未识别出模板';
      const verb = batchId !== null ? `已导入（第 ${batchId} 批）` : flags.dryRun ? '试导入（未写入）' : '未导入';
      process.stdout.write(`${file}：${what} ${verb}：读取 ${rows.read} 行，新增 ${rows.inserted}，更新 ${rows.updated}，未变 ${rows.unchanged}，拒收 ${rows.rejected}\n`);
      for (const e of errors.slice(0, 50)) process.stdout.write(`  第 ${e.row} 行【${e.column}】${e.message}\n`);
      if (errors.length > 50) process.stdout.write(`  ……另有 ${errors.length - 50} 处错误，请用 --receipt 导出错误回执\n`);
    }
  }
  if (flags.json) process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  return exit;
}

export function listImports(service: LedgerService, json: boolean): number {
  const batches = listBatches(service.db, 1000);
  if (json) process.stdout.write(`${JSON.stringify(batches, null, 2)}\n`);
  else
    for (const b of batches) {
      const state = b.status === 'undone' ? '已撤销' : '有效';
      process.stdout.write(`第 ${b.id} 批 ${b.createdAt} ${b.fileName} ${b.reportMonth ?? ''} ${b.village ?? ''} 新增 ${b.counts.inserted} 更新 ${b.counts.updated} ${state}\n`);
    }
  return 0;
}

export function undoImport(service: LedgerService, batchText: string | undefined, actor: string, json: boolean): number {
  if (!batchText || !/^\d+$/.test(batchText)) throw new ApiError('input.bad-batch', '请写出要撤销的导入批次号（imports 命令可查看）');
  const batch = undoBatch(service.db, Number(batchText), actor);
  if (json) process.stdout.write(`${JSON.stringify(batch, null, 2)}\n`);
  else process.stdout.write(`已撤销第 ${batch.id} 批导入（${batch.fileName}）\n`);
  return 0;
}
