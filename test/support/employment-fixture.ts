/** A real ledger with a seeded demo town, and helpers to pick its 脱贫劳动力 for employment tests. */
import { seedDemo } from '../../main/demo/seed-demo';
import type { EmploymentRow } from '../../shared/api/employment-contract';
import { tempLedger, type TempLedger } from './temp-ledger';

export interface EmploymentLedger extends TempLedger {
  labourers: EmploymentRow[];
}

export async function employmentLedger(households = 40, seed = 3): Promise<EmploymentLedger> {
  const ledger = await tempLedger();
  // Without the demo's employment months: each test writes the months it reasons about.
  seedDemo(ledger.service.db, { households, seed, employment: false });
  const page = await ledger.call('employment.list', { month: '2023-07', limit: 1000 });
  return Object.assign(ledger, { labourers: page.rows });
}

/** Report a month for a labourer: 'out' = 省外 work, 'in' = 县内 work, 'none' = not employed. */
export async function report(ledger: TempLedger, memberId: number, month: string, state: 'out' | 'in' | 'none' | 'province', extra: Record<string, unknown> = {}) {
  const patch =
    state === 'none'
      ? { employed: '否' as const }
      : state === 'out'
        ? { employed: '是' as const, workProvince: '浙江省', workCity: '宁波市', workCounty: '鄞州区', employer: '宁波电子厂', channel: '外出务工' as const }
        : state === 'province'
          ? { employed: '是' as const, workProvince: '广东省', workCity: '深圳市', workCounty: '宝安区', employer: '深圳五金厂', channel: '外出务工' as const }
          : { employed: '是' as const, workProvince: '广东省', workCity: '韶关市', workCounty: '翁源县', employer: '翁源帮扶车间', channel: '帮扶车间/乡村振兴车间' as const };
  return ledger.call('employment.update', { memberId, month, patch: { ...patch, ...extra } });
}
