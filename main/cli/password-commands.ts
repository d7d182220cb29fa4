/**
 * The ledger password from the command line: `--password` or SHOUDI_DB_PASSWORD opens an encrypted
 * ledger for any command; `password` sets, changes or removes it (the new one from
 * --new-password or SHOUDI_NEW_DB_PASSWORD, which keeps it out of the shell history).
 */
import type { ApiResult } from '../../shared/api/errors';
import { ApiError } from '../../shared/api/errors';
import type { LedgerService } from '../service';

/** --password, else SHOUDI_DB_PASSWORD, else none. */
export function passwordFrom(option: string | undefined): string | undefined {
  const value = option ?? process.env.SHOUDI_DB_PASSWORD;
  return value === undefined || value === '' ? undefined : value;
}

export async function changePassword(
  service: LedgerService,
  options: { current: string | undefined; next: string | undefined; remove: boolean; json: boolean },
): Promise<number> {
  const next = options.next ?? process.env.SHOUDI_NEW_DB_PASSWORD;
  if (options.remove === (next !== undefined && next !== '')) {
    throw new ApiError('input.password-choice', '请用 --new-password 新密码（或环境变量 SHOUDI_NEW_DB_PASSWORD）设置或修改密码，或用 --remove-password 取消密码，二者选一');
  }
  const input = { ...(options.current ? { current: options.current } : {}), password: options.remove ? null : (next as string) };
  const result = (await service.dispatch('ledger.setPassword', input)) as ApiResult<{ encrypted: boolean }>;
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.details);
  const text = result.value.encrypted ? '台账密码已设置。以后打开台账和恢复之后的备份都需要这个密码，请妥善保管：忘记密码将无法找回数据。' : '台账密码已取消，台账文件不再加密。';
  process.stdout.write(`${options.json ? JSON.stringify(result.value) : text}\n`);
  return 0;
}
