/**
 * The ledger behind a window or the browser-mode server, which may have to wait for its password.
 *
 * A plain ledger (or one whose password came with --password / SHOUDI_DB_PASSWORD) opens at once.
 * An encrypted ledger without a password stays closed: the gate answers `ledger.passwordState`
 * (locked) and `ledger.unlock`, and every other method with `ledger.locked`, so the window shows
 * its unlock screen and nothing of the ledger leaves the file before the password is right.
 * A wrong password leaves the gate locked and the file untouched.
 */
import { API } from '../shared/api/contract';
import type { ApiResult } from '../shared/api/errors';
import type { Dispatch } from './api/dispatch';
import { toErrorShape } from './api/dispatch';
import { needsPassword } from './db/open';
import { openService, type LedgerService, type ServiceOptions } from './service';

export interface LedgerGate {
  dispatch: Dispatch;
  /** The open ledger, or null while it waits for its password. */
  service(): LedgerService | null;
  close(): void;
}

const LOCKED = { code: 'ledger.locked', message: '台账已设置密码：请先在启动界面输入密码' };

export async function openGate(path: string, options: ServiceOptions = {}): Promise<LedgerGate> {
  let service: LedgerService | null = null;
  if (!needsPassword(path) || (options.password !== undefined && options.password !== '')) service = await openService(path, options);
  let opening: Promise<void> | null = null;

  const unlock = async (input: unknown): Promise<ApiResult<unknown>> => {
    const parsed = API['ledger.unlock'].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'input.invalid', message: '请输入密码' } };
    if (opening) return { ok: false, error: { code: 'ledger.busy', message: '正在打开台账，请稍候' } };
    try {
      opening = openService(path, { ...options, password: parsed.data.password }).then((opened) => {
        service = opened;
      });
      await opening;
      return { ok: true, value: { encrypted: true, locked: false } };
    } catch (error) {
      return { ok: false, error: toErrorShape(error, options.log) };
    } finally {
      opening = null;
    }
  };

  return {
    dispatch: async (method, input) => {
      if (service) return service.dispatch(method, input);
      if (method === 'ledger.passwordState') return { ok: true, value: { encrypted: true, locked: true } };
      if (method === 'ledger.unlock') return unlock(input);
      return { ok: false, error: LOCKED };
    },
    service: () => service,
    close: () => service?.close(),
  };
}
