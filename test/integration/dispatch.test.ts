import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { createDispatcher, type HandlerMap } from '../../main/api/dispatch';
import { HANDLERS } from '../../main/api/handlers';
import { ImportSessions } from '../../main/imports/sessions';
import { tempLedger, type TempLedger } from '../support/temp-ledger';

let ledger: TempLedger;
beforeEach(async () => {
  ledger = await tempLedger();
});
afterEach(() => ledger.close());

describe('the dispatcher', () => {
  it('has a handler for every method of the contract', () => {
    expect(Object.keys(HANDLERS).sort()).toEqual(Object.keys(API).sort());
  });

  it('answers an unknown method with the error shape', async () => {
    const result = await ledger.service.dispatch('members.drop', {});
    expect(result).toEqual({ ok: false, error: { code: 'api.unknown-method', message: expect.stringMatching(/没有/), details: { method: 'members.drop' } } });
  });

  it('answers bad input with the error shape and the failing paths, never a throw', async () => {
    for (const input of [null, 'text', 42, { id: 'x' }, { id: -1 }, { id: 1, extra: true }]) {
      const result = await ledger.service.dispatch('households.get', input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('input.invalid');
        expect(result.error.message).toMatch(/参数不正确/);
      }
    }
  });

  it('maps a thrown ApiError to its code and Chinese message', async () => {
    const error = await ledger.fail('households.get', { id: 999 });
    expect(error).toMatchObject({ code: 'household.not-found', message: expect.stringContaining('找不到') });
  });

  it('maps an unexpected exception to an internal error without leaking a throw', async () => {
    const broken = { ...HANDLERS, 'ledger.info': () => { throw new TypeError('kaboom'); } } as HandlerMap;
    const dispatch = createDispatcher(broken, { db: ledger.service.db, ledgerPath: ledger.path, actor: 't', imports: new ImportSessions() });
    const result = await dispatch('ledger.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', details: { error: 'kaboom' } } });
  });

  it('maps a disk-full SQLite error to a Chinese message saying nothing saved is lost', async () => {
    const full = { ...HANDLERS, 'ledger.info': () => { throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }); } } as HandlerMap;
    const dispatch = createDispatcher(full, { db: ledger.service.db, ledgerPath: ledger.path, actor: 't', imports: new ImportSessions() });
    const result = await dispatch('ledger.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'ledger.disk-full', message: expect.stringContaining('磁盘空间已满') } });
  });

  it('catches a handler whose output breaks the contract when output validation is on', async () => {
    const wrong = { ...HANDLERS, 'ledger.info': () => ({ path: 1 }) } as unknown as HandlerMap;
    const dispatch = createDispatcher(wrong, { db: ledger.service.db, ledgerPath: ledger.path, actor: 't', imports: new ImportSessions() }, { validateOutput: true });
    expect(await dispatch('ledger.info', {})).toMatchObject({ ok: false, error: { code: 'internal.bad-output' } });
  });

  it('keeps ApiError serialisable as the one error shape', () => {
    expect(JSON.parse(JSON.stringify(new ApiError('x.y', '消息', { a: 1 })))).toEqual({ code: 'x.y', message: '消息', details: { a: 1 } });
  });
});
