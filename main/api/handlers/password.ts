/**
 * The ledger password on an open ledger. Unlocking happens before the ledger is open, in the
 * service gate (main/service-gate.ts); here the ledger is already open, so `ledger.unlock` only
 * confirms the state. Changing or removing a password asks for the current one, so a passer-by
 * at an unlocked window cannot take the ledger's password away.
 */
import { ApiError } from '../../../shared/api/errors';
import { passwordOf, rekeyLedger } from '../../db/cipher';
import type { HandlerContext } from '../context';
import type { HandlerMap } from '../dispatch';

function state(ctx: HandlerContext): { encrypted: boolean; locked: boolean } {
  return { encrypted: passwordOf(ctx.db) !== null, locked: false };
}

export const passwordHandlers: Pick<HandlerMap, 'ledger.passwordState' | 'ledger.unlock' | 'ledger.setPassword'> = {
  'ledger.passwordState': (_input, ctx) => state(ctx),
  'ledger.unlock': (_input, ctx) => state(ctx),
  'ledger.setPassword': ({ current, password }, ctx) => {
    const existing = passwordOf(ctx.db);
    if (existing !== null && current !== existing) {
      throw new ApiError(
        current === undefined ? 'ledger.current-password-required' : 'ledger.wrong-password',
        current === undefined ? '请先输入当前密码' : '当前密码不正确，密码没有修改',
      );
    }
    if (existing === null && password === null) return state(ctx);
    if (ctx.db.inTransaction) throw new ApiError('ledger.busy', '台账正在保存其他修改，请稍后再设置密码');
    rekeyLedger(ctx.db, password);
    return state(ctx);
  },
};
