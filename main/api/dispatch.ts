/**
 * The one dispatcher behind every transport (IPC, HTTP, CLI, tests):
 * method name -> validate input with the contract's zod schema -> handler -> (in tests) validate
 * output -> `{ok, value}` or `{ok: false, error: {code, message, details}}`. It never throws: every
 * failure, expected or not, leaves as the one error shape with a Chinese message.
 */
import type { z } from 'zod';
import { API, isApiMethod, type ApiMethod, type ApiOutput, type ApiParsedInput } from '../../shared/api/contract';
import { ApiError, type ApiErrorShape, type ApiResult } from '../../shared/api/errors';
import type { HandlerContext } from './context';

export type Handler<M extends ApiMethod> = (input: ApiParsedInput<M>, ctx: HandlerContext) => ApiOutput<M> | Promise<ApiOutput<M>>;
export type HandlerMap = { [M in ApiMethod]: Handler<M> };

export interface DispatchOptions {
  /** Validate handler output against the contract (tests and development). */
  validateOutput?: boolean;
  /** Where unexpected errors are logged (English, for developers). */
  log?: (message: string, error: unknown) => void;
}

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

function zodIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

const SQLITE_MESSAGES: Record<string, { code: string; message: string }> = {
  SQLITE_FULL: { code: 'ledger.disk-full', message: '磁盘空间已满，这次修改没有保存（已保存的数据不受影响）。请清理磁盘后重试' },
  SQLITE_BUSY: { code: 'ledger.busy', message: '台账正被另一个程序使用，请稍后重试' },
  SQLITE_READONLY: { code: 'ledger.read-only', message: '台账文件是只读的，修改没有保存。请检查文件权限' },
  SQLITE_IOERR: { code: 'ledger.io-error', message: '读写台账文件时出错，这次修改没有保存。请检查磁盘或 U 盘是否已拔出' },
};

/** Map anything thrown to the one error shape. */
export function toErrorShape(error: unknown, log?: DispatchOptions['log']): ApiErrorShape {
  if (error instanceof ApiError) return error.toJSON();
  const sqliteCode = (error as { code?: unknown } | null)?.code;
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_')) {
    const known = SQLITE_MESSAGES[sqliteCode] ?? SQLITE_MESSAGES[sqliteCode.split('_').slice(0, 2).join('_')];
    if (known) return { code: known.code, message: known.message, details: { sqliteCode } };
  }
  log?.('Unexpected error in handler', error);
  return {
    code: 'internal',
    message: '程序内部出错，这次操作没有完成（已保存的数据不受影响）。请把此提示截图发给技术支持',
    details: { error: error instanceof Error ? error.message : String(error) },
  };
}

export function createDispatcher(handlers: HandlerMap, ctx: HandlerContext, options: DispatchOptions = {}): Dispatch {
  return async (method, input) => {
    if (!isApiMethod(method)) {
      return { ok: false, error: { code: 'api.unknown-method', message: `没有“${method}”这项功能`, details: { method } } };
    }
    const spec = API[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'input.invalid', message: `请求“${method}”的参数不正确，操作没有执行`, details: { issues: zodIssues(parsed.error) } },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
      const value = await handler(parsed.data, ctx);
      if (options.validateOutput) {
        const checked = spec.output.safeParse(value);
        if (!checked.success) {
          return {
            ok: false,
            error: { code: 'internal.bad-output', message: `“${method}”返回的数据不符合约定`, details: { issues: zodIssues(checked.error) } },
          };
        }
      }
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toErrorShape(error, options.log) };
    }
  };
}
