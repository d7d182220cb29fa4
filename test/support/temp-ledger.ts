/** Real ledgers on temporary files for integration tests (no mocked database). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import type { ApiErrorShape } from '../../shared/api/errors';
import { openService, type LedgerService } from '../../main/service';

export function tempDir(prefix = 'shoudi-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TempLedger {
  service: LedgerService;
  dir: string;
  path: string;
  /** Call through the dispatcher; throws with the error shape on failure. */
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  /** Call expecting failure; returns the error shape. */
  fail(method: string, input: unknown): Promise<ApiErrorShape>;
  close(): void;
}

export async function tempLedger(): Promise<TempLedger> {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'ledger.db');
  const service = await openService(path, { validateOutput: true, actor: '测试员', log: (message, error) => console.error(message, error) });
  return {
    service,
    dir,
    path,
    async call(method, input) {
      const result = await service.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    async fail(method, input) {
      const result = await service.dispatch(method, input);
      if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
      return result.error;
    },
    close() {
      service.close();
      cleanup();
    },
  };
}
