/** `seed-demo --persons N`: a county- or province-size demo ledger, with progress on stderr. */
import { MAX_PERSONS } from '../demo/generate-scale';
import { seedScale } from '../demo/seed-scale';
import type { LedgerService } from '../service';
import { ApiError } from '../../shared/api/errors';

export function seedScaleCommand(service: LedgerService, personsText: string, seed: number, json: boolean): number {
  const persons = /^\d+$/.test(personsText) ? Number(personsText) : NaN;
  if (!(persons >= 1 && persons <= MAX_PERSONS)) {
    throw new ApiError('input.persons', `--persons 应为 1–${MAX_PERSONS} 之间的整数，现为“${personsText}”`);
  }
  const started = Date.now();
  const result = seedScale(service.db, {
    persons,
    seed,
    onProgress: (done) => process.stderr.write(`已写入 ${done.households} 户 ${done.members} 人（${Math.round((Date.now() - started) / 1000)} 秒）\n`),
  });
  // Written by the extra generators (employment): counted afterwards, one scan each.
  const count = (table: 'employment_records' | 'returnee_cases' | 'service_events') => (service.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const extra = { employmentRecords: count('employment_records'), returneeCases: count('returnee_cases'), serviceEvents: count('service_events') };
  if (json) process.stdout.write(`${JSON.stringify({ ...result, ...extra }, null, 2)}\n`);
  else {
    process.stdout.write(
      `已写入演示数据：${result.households} 户，${result.members} 人，收入记录 ${result.incomeRecords} 条，` +
        `务工月报 ${extra.employmentRecords} 条，返乡回流 ${extra.returneeCases} 人次，就业帮扶服务 ${extra.serviceEvents} 次\n`,
    );
  }
  return 0;
}
