/**
 * Headless commands over the same service the app uses (`npm run -s cli -- <command>`).
 * Exit codes: 0 ok, 1 failure, 2 bad input. Messages for people go to stderr in Chinese;
 * with --json, results go to stdout as JSON.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ApiError, isApiErrorShape, type ApiResult } from '../shared/api/errors';
import { importFiles, listImports, undoImport } from './cli/import-commands';
import { exportGongshi, printIncome, printWarnings } from './cli/monitoring-commands';
import { seedDemo } from './demo/seed-demo';
import { seedScaleCommand } from './cli/demo-commands';
import { startHttpHost } from './http-host';
import { resolveLedgerPath } from './paths';
import { openService, type LedgerService } from './service';

const USAGE = `用法：npm run -s cli -- <命令> [选项]
  init       --db 文件                       新建（或升级）台账文件
  seed-demo  --db 文件 [--households N] [--seed S] [--town 镇名]
                                             向空台账写入确定性的演示数据（翁源县）
  seed-demo  --db 文件 --persons N [--seed S] 县、省规模的演示数据（全县各镇，含收入记录，N ≤ 2000000）
  stats      --db 文件 [--json]              统计镇、村、户、人数
  get        --db 文件 --id 证件号码 [--json] 查询一个人及其所在户
  import     --db 文件 [--dry-run] [--accept-valid] [--receipt 回执.xlsx] [--month YYYY-MM] [--json] 工作簿...
                                             导入村里报送的表或平台导出表（默认：有错误行则整个文件不导入）
  imports    --db 文件 [--json]              查看导入记录
  undo-import --db 文件 批次号               撤销一批导入，台账恢复到导入前
  warnings   --db 文件 --period YYYY-MM [--village 村] [--rule 规则] [--json]
                                             列出该月的收入与风险预警（每条说明规则、数据和标准）
  income     --db 文件 --household 户编号 [--json]  查看一户各统计期的收支
  export gongshi --db 文件 --period YYYY-MM [--kind 纳入|风险消除] --out 文件.xlsx
                                             导出公示名单（证件号码已遮挡）
  serve      [--db 文件] [--port 端口]       浏览器模式：启动本机服务并打印带令牌的地址
未给 --db 时使用环境变量 SHOUDI_DB。`;

class UsageError extends Error {}

const OPTIONS = {
  db: { type: 'string' },
  households: { type: 'string' },
  persons: { type: 'string' },
  seed: { type: 'string' },
  town: { type: 'string' },
  id: { type: 'string' },
  port: { type: 'string' },
  json: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  'accept-valid': { type: 'boolean' },
  receipt: { type: 'string' },
  month: { type: 'string' },
  period: { type: 'string' },
  village: { type: 'string' },
  rule: { type: 'string' },
  household: { type: 'string' },
  kind: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function positiveInt(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--${name} 应为正整数，现为“${text}”`);
  return Number(text);
}

function requireDb(values: Values): string {
  const path = values.db ?? process.env.SHOUDI_DB;
  if (!path) throw new UsageError('缺少 --db 文件（或设置环境变量 SHOUDI_DB）');
  return path;
}

async function call<T>(service: LedgerService, method: string, input: unknown): Promise<T> {
  const result = (await service.dispatch(method, input)) as ApiResult<T>;
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.details);
  return result.value;
}

function print(values: Values, json: unknown, text: string): void {
  if (values.json) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else process.stdout.write(`${text}\n`);
}

const RENDERER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'renderer');

async function serve(values: Values): Promise<number> {
  const path = resolveLedgerPath(values.db);
  const isNew = !existsSync(path);
  const service = await openService(path);
  if (isNew) {
    const seeded = seedDemo(service.db, { households: 300, seed: 1 });
    process.stderr.write(`新台账：已写入演示数据 ${seeded.households} 户 ${seeded.members} 人（${path}）\n`);
  }
  const host = await startHttpHost({ dispatch: service.dispatch, staticDir: RENDERER_DIR, port: positiveInt(values.port, 'port', 0) });
  process.stdout.write(`守底台账（浏览器模式）已启动\n台账文件：${path}\n请在浏览器中打开：${host.openUrl}\n按 Ctrl+C 停止。\n`);
  const stop = () => {
    void host.close().then(() => {
      service.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return new Promise<number>(() => undefined);
}

async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`参数有误：${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command === 'serve') return serve(values);
  if (!['init', 'seed-demo', 'stats', 'get', 'import', 'imports', 'undo-import', 'warnings', 'income', 'export'].includes(command)) throw new UsageError(`未知命令“${command}”`);
  if (values.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month)) throw new UsageError(`--month 应为 YYYY-MM，现为“${values.month}”`);

  const path = requireDb(values);
  if (command !== 'init' && command !== 'seed-demo' && !existsSync(path)) throw new ApiError('ledger.not-found', `台账文件“${path}”不存在：请先运行 init`);
  const service = await openService(path, { actor: 'cli' });
  try {
    switch (command) {
      case 'init': {
        const info = await call<{ schemaVersion: number }>(service, 'ledger.info', {});
        print(values, { path, schemaVersion: info.schemaVersion, backup: service.backupPath }, `台账已就绪：${path}（数据版本 ${info.schemaVersion}）`);
        return 0;
      }
      case 'seed-demo': {
        if (values.persons !== undefined) return seedScaleCommand(service, values.persons, positiveInt(values.seed, 'seed', 1), values.json ?? false);
        const households = positiveInt(values.households, 'households', 2000);
        const seed = positiveInt(values.seed, 'seed', 1);
        const result = seedDemo(service.db, { households, seed, ...(values.town ? { town: values.town } : {}) });
        print(values, result, `已写入演示数据：${result.households} 户，${result.members} 人`);
        return 0;
      }
      case 'stats': {
        const info = await call<{ counts: Record<string, number> }>(service, 'ledger.info', {});
        const c = info.counts;
        const stats = { towns: c.towns, villages: c.villages, households: c.households, members: c.members };
        print(values, stats, `镇 ${c.towns} 个，村 ${c.villages} 个，户 ${c.households} 户，人 ${c.members} 人`);
        return 0;
      }
      case 'get': {
        if (!values.id) throw new UsageError('缺少 --id 证件号码');
        const found = await call<{ member: { name: string; village: string | null; householdNo: string } }>(service, 'members.byIdNo', {
          idNo: values.id,
        });
        print(values, found, `${found.member.name}：${found.member.village ?? ''} 户编号 ${found.member.householdNo}`);
        return 0;
      }
      case 'import':
        return await importFiles(
          service,
          positionals.slice(1),
          { dryRun: values['dry-run'] ?? false, acceptValid: values['accept-valid'] ?? false, receipt: values.receipt, month: values.month, json: values.json ?? false },
          'cli',
        );
      case 'imports':
        return listImports(service, values.json ?? false);
      case 'undo-import':
        return undoImport(service, positionals[1], 'cli', values.json ?? false);
      case 'warnings':
        return printWarnings(service, { period: values.period, village: values.village, rule: values.rule, json: values.json ?? false });
      case 'income':
        return printIncome(service, { household: values.household, json: values.json ?? false });
      case 'export':
        if (positionals[1] !== 'gongshi') throw new UsageError(`未知的导出类型“${positionals[1] ?? ''}”：目前支持 export gongshi`);
        return await exportGongshi(service, { period: values.period, kind: values.kind, out: values.out });
    }
    return 2;
  } finally {
    service.close();
  }
}

function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError) return 2;
  if (isApiErrorShape(error) && (error.code.startsWith('input.') || error.code.startsWith('id.'))) return 2;
  return 1;
}

function messageOf(error: unknown): string {
  if (isApiErrorShape(error) || error instanceof UsageError) return error.message;
  return `程序内部出错：${error instanceof Error ? error.message : String(error)}`;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`错误：${messageOf(error)}\n`);
    if (error instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
    process.exitCode = exitCodeOf(error);
  },
);
