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
import { EMPLOYMENT_SHEETS, exportEmploymentSheet, printReturnees, printServices } from './cli/employment-commands';
import { importFiles, listImports, undoImport } from './cli/import-commands';
import { changePassword, passwordFrom } from './cli/password-commands';
import { exportGongshi, printIncome, printWarnings } from './cli/monitoring-commands';
import { exportTemplate } from './cli/template-commands';
import { exportFindings, printChecks } from './cli/checks-commands';
import { exportQuarter, printDashboard } from './cli/dashboard-commands';
import { seedDemo } from './demo/seed-demo';
import { seedScaleCommand } from './cli/demo-commands';
import { startHttpHost } from './http-host';
import { resolveLedgerPath } from './paths';
import { openService, type LedgerService } from './service';
import { openGate } from './service-gate';

const USAGE = `用法：npm run -s cli -- <命令> [选项]
  init       --db 文件                       新建（或升级）台账文件
  seed-demo  --db 文件 [--households N] [--seed S] [--town 镇名]
                                             向空台账写入确定性的演示数据（翁源县）
  seed-demo  --db 文件 --persons N [--seed S] 县、省规模的演示数据（全县各镇，含收入记录和就业台账，N ≤ 2000000）
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
  export template --db 文件 --kind household-members|income --out 文件.xlsx
                                             导出空白模板（带下拉选项，证件号码列为文本格式）
  check      --db 文件 [--rule 规则] [--as-of YYYY-MM-DD] [--json]  数据筛查：全台账逻辑校验，列出疑点
  export findings --db 文件 [--village 村] --out 文件.xlsx  导出疑点清单（按村分表，证件号码已遮挡）
  export quarter --db 文件 --quarter 2023Q3 --out 文件.xlsx [--json]
                                             季度末导出全镇台账（每表一个工作表，附说明页）
  dashboard  --db 文件 [--period YYYY-MM]     首页统计（JSON）
  export needs-sheet|service-sheet|returnees --db 文件 --quarter 2023Q3 [--town 镇名] --out 文件.xlsx
                                             导出季度就业/培训需求表、就业帮扶落实情况表或返乡回流跟踪台账
  returnees  --db 文件 [--json]              列出返乡回流劳动力及跟踪情况
  services   --db 文件 --quarter 2023Q3 [--json]  每位有需求劳动力本季度的帮扶次数及是否达标
  password   --db 文件 [--password 当前密码] (--new-password 新密码 | --remove-password)
                                             设置、修改或取消台账密码（新密码也可用环境变量 SHOUDI_NEW_DB_PASSWORD）
  serve      [--db 文件] [--port 端口]       浏览器模式：启动本机服务并打印带令牌的地址（加密台账在浏览器中输入密码）
未给 --db 时使用环境变量 SHOUDI_DB。台账设置了密码时，每个命令都要加 --password 密码（或设置环境变量 SHOUDI_DB_PASSWORD）。`;

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
  quarter: { type: 'string' },
  out: { type: 'string' },
  'as-of': { type: 'string' },
  password: { type: 'string' },
  'new-password': { type: 'string' },
  'remove-password': { type: 'boolean' },
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
  const password = passwordFrom(values.password);
  const gate = await openGate(path, password ? { password } : {});
  const service = gate.service();
  // A new ledger starts empty: the page opens the 首次使用 wizard, which offers the demo town.
  if (isNew) process.stderr.write(`新台账（${path}）：在浏览器中打开后按“首次使用”向导建立台账，也可以先写入演示数据看看\n`);
  if (!service) process.stderr.write('台账已设置密码：请在浏览器打开下面的地址后输入密码。\n');
  const host = await startHttpHost({ dispatch: gate.dispatch, staticDir: RENDERER_DIR, port: positiveInt(values.port, 'port', 0) });
  process.stdout.write(`守底台账（浏览器模式）已启动\n台账文件：${path}\n请在浏览器中打开：${host.openUrl}\n按 Ctrl+C 停止。\n`);
  const stop = () => {
    void host.close().then(() => {
      gate.close();
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
  if (!['init', 'seed-demo', 'stats', 'get', 'import', 'imports', 'undo-import', 'warnings', 'income', 'export', 'check', 'dashboard', 'returnees', 'services', 'password'].includes(command)) throw new UsageError(`未知命令“${command}”`);
  if (values.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month)) throw new UsageError(`--month 应为 YYYY-MM，现为“${values.month}”`);

  const path = requireDb(values);
  if (command !== 'init' && command !== 'seed-demo' && !existsSync(path)) throw new ApiError('ledger.not-found', `台账文件“${path}”不存在：请先运行 init`);
  const password = passwordFrom(values.password);
  const service = await openService(path, { actor: 'cli', ...(password ? { password } : {}) });
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
      case 'check':
        return printChecks(service, { rule: values.rule, asOf: values['as-of'], json: values.json ?? false });
      case 'returnees':
        return printReturnees(service, values.json ?? false);
      case 'services':
        return printServices(service, { quarter: values.quarter, json: values.json ?? false });
      case 'export': {
        const sheet = EMPLOYMENT_SHEETS.find((k) => k === positionals[1]);
        if (sheet) return await exportEmploymentSheet(service, sheet, { quarter: values.quarter, town: values.town, out: values.out });
        if (positionals[1] === 'template') return await exportTemplate(service, { kind: values.kind, out: values.out });
        if (positionals[1] === 'findings') return await exportFindings(service, { village: values.village, out: values.out });
        if (positionals[1] === 'quarter') return await exportQuarter(service, { quarter: values.quarter, out: values.out, json: values.json ?? false });
        if (positionals[1] !== 'gongshi') throw new UsageError(`未知的导出类型“${positionals[1] ?? ''}”：支持 gongshi、template、findings、quarter、needs-sheet、service-sheet、returnees`);
        return await exportGongshi(service, { period: values.period, kind: values.kind, out: values.out });
      }
      case 'dashboard':
        return printDashboard(service, { period: values.period });
      case 'password':
        return await changePassword(service, { current: password, next: values['new-password'], remove: values['remove-password'] ?? false, json: values.json ?? false });
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
