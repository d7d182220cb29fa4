/**
 * Income records for demo households, in the proportions of a county's 收入监测: every 脱贫户 and
 * monitored household has the 2022 year-end record (统计期 2022-12); monitored households also
 * have a half-year record (2023-06). Per-capita net income centres on 14 000–16 000 元 with a thin
 * tail below the 2023 lines (about 4% under 10 420 元, 3% between the lines), so the warnings have
 * realistic work to do. Records agree with the income checks (domain.md §7): components ≥ 0, the
 * stated net equals the recomputed one, 低保 households have 转移性收入, open 因病 risks have
 * 合规自付支出. Drawn from their own generator so the household draw is unchanged.
 */
import { divideRounded } from '../../shared/domain/income';
import type { FieldValue } from '../../shared/domain/records';
import type { DemoHousehold } from './generate-demo';
import type { Rng } from './demo-random';

export type IncomeValues = Record<string, FieldValue>;

const ANNUAL_PERIOD = '2022-12';
const HALF_YEAR_PERIOD = '2023-06';

function perCapitaYuan(rng: Rng, noLabour: boolean): number {
  const x = rng.next();
  if (x < 0.04) return rng.int(7_000, 10_419);
  if (x < 0.07) return rng.int(10_420, 10_799);
  const base = noLabour ? 11_000 : 12_500;
  // Sum of uniforms: a hump around base + 3 500 with a long upper tail.
  return base + Math.round((rng.next() + rng.next() + rng.next()) * 2_400 + (rng.chance(0.1) ? rng.int(0, 15_000) : 0));
}

function record(rng: Rng, household: DemoHousehold, period: string, people: number): IncomeValues {
  const noLabour = household.values.noLabourHousehold === '是';
  const dibao = household.members.some((m) => m.values.dibao === '是' || m.values.tekun === '是');
  const ill = Array.isArray(household.values.risks) && household.values.risks.includes('因病') && household.values.riskEliminated === '否';
  const months = period === HALF_YEAR_PERIOD ? 6 : 12;
  const netYuan = Math.round((perCapitaYuan(rng, noLabour) * people * months) / 12);
  const transferShare = noLabour ? 0.55 + rng.next() * 0.35 : dibao ? 0.2 + rng.next() * 0.2 : rng.next() * 0.12;
  const transfer = Math.max(dibao ? 600 : 0, Math.round(netYuan * transferShare));
  const business = noLabour ? 0 : Math.round((netYuan - transfer) * (rng.chance(0.4) ? rng.next() * 0.4 : 0));
  const cost = business > 0 ? Math.round(business * (0.2 + rng.next() * 0.3)) : 0;
  const property = rng.chance(0.2) ? rng.int(100, 1_500) : 0;
  const wage = Math.max(0, netYuan - transfer - business - property + cost);
  const fen = (yuan: number) => yuan * 100;
  const net = fen(wage + business + property + transfer - cost);
  return {
    period,
    wageIncome: fen(wage),
    businessIncome: fen(business),
    propertyIncome: fen(property),
    transferIncome: fen(transfer),
    businessCost: fen(cost),
    claimIncome: ill && rng.chance(0.5) ? fen(rng.int(500, 8_000)) : 0,
    selfPaidCost: ill ? fen(rng.int(800, 12_000)) : 0,
    memberCountStated: people,
    netIncomeStated: net,
    perCapitaStated: divideRounded(net, people),
  };
}

/** The income records of one household (none for a 一般农户 that is not monitored). */
export function demoIncomeRecords(rng: Rng, household: DemoHousehold): IncomeValues[] {
  const people = household.members.filter((m) => m.values.status === '在户').length;
  if (people === 0) return [];
  const monitored = household.values.monitorCategory !== null;
  if (household.values.householdType === '一般农户' && !monitored) return [];
  const out = [record(rng, household, ANNUAL_PERIOD, people)];
  if (monitored) out.push(record(rng, household, HALF_YEAR_PERIOD, people));
  return out;
}
