import { describe, expect, it } from 'vitest';
import { WENGYUAN } from '../../../../shared/domain/code-lists';
import { netIncomeFen } from '../../../../shared/domain/income';
import { normalizeIdNumber } from '../../../../shared/domain/id-number';
import { demoIncomeRecords } from '../../../../main/demo/demo-income';
import { hash32, Rng } from '../../../../main/demo/demo-random';
import { generateScaleHouseholds, type ScaleHousehold } from '../../../../main/demo/generate-scale';

const SAMPLE: ScaleHousehold[] = [...generateScaleHouseholds({ persons: 40_000, seed: 3 })];
const MEMBERS = SAMPLE.flatMap((h) => h.members.map((m) => m.values));

describe('county-size demo generator', () => {
  it('draws households until the asked number of people, spread over every town of the county', () => {
    expect(MEMBERS.length).toBeGreaterThanOrEqual(40_000);
    expect(MEMBERS.length - (SAMPLE.at(-1)?.members.length ?? 0)).toBeLessThan(40_000);
    expect(new Set(SAMPLE.map((h) => h.town))).toEqual(new Set(WENGYUAN.towns));
  });

  it('keeps 证件号码 and 户编号 unique across towns, and every ID valid', () => {
    const ids = MEMBERS.map((m) => m.idNo as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !normalizeIdNumber(id).ok)).toEqual([]);
    const numbers = SAMPLE.map((h) => h.householdNo);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('is deterministic, and a smaller run is a prefix of a larger one', () => {
    const again = [...generateScaleHouseholds({ persons: 5_000, seed: 3 })];
    expect(again.map((h) => h.members.map((m) => m.values.idNo))).toEqual(SAMPLE.slice(0, again.length).map((h) => h.members.map((m) => m.values.idNo)));
  });

  it('refuses sizes beyond a province in Chinese', () => {
    expect(() => generateScaleHouseholds({ persons: 2_000_001 }).next()).toThrow(/演示人数应为/);
  });
});

describe('demo income records', () => {
  const records = SAMPLE.map((h) => ({ h, list: demoIncomeRecords(new Rng(hash32(9, h.index)), h) }));
  const all = records.flatMap((r) => r.list);

  it('gives every 脱贫户 the year-end record and monitored households a half-year one too', () => {
    for (const { h, list } of records) {
      if (h.values.householdType === '一般农户' && h.values.monitorCategory === null) expect(list).toEqual([]);
      else expect(list[0]?.period).toBe('2022-12');
      if (h.values.monitorCategory !== null && list.length > 0) expect(list.map((r) => r.period)).toEqual(['2022-12', '2023-06']);
    }
  });

  it('states the net income the components add up to, with 转移性收入 for 低保 households', () => {
    const wrong = all.filter((r) => netIncomeFen(r as never) !== r.netIncomeStated);
    expect(wrong).toEqual([]);
    const negative = all.filter((r) => ['wageIncome', 'businessIncome', 'propertyIncome', 'transferIncome', 'businessCost'].some((k) => (r[k] as number) < 0));
    expect(negative).toEqual([]);
    const dibaoWithoutTransfer = records.filter(({ h, list }) => h.members.some((m) => m.values.dibao === '是') && list.some((r) => r.transferIncome === 0));
    expect(dibaoWithoutTransfer).toEqual([]);
  });

  it('puts a thin, realistic tail under the 2023 monitoring line (10 420 元)', () => {
    const annual = all.filter((r) => r.period === '2022-12');
    const below = annual.filter((r) => (r.perCapitaStated as number) < 1_042_000).length / annual.length;
    expect(below).toBeGreaterThan(0.02);
    expect(below).toBeLessThan(0.08);
  });
});
