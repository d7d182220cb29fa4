/**
 * 证件号码 for demo people: valid GB 11643 numbers whose birth date gives the planned age on the
 * as-of date and whose 17th digit gives the planned sex.
 *
 * Uniqueness is structural, never random: an ID is area + birth date + sequence, and each
 * (area, birth date, sex) slot has a counter. The counter runs through a bijection onto the 500
 * sequences the slot owns (00–99 then the sex digit), so numbers look scattered yet can never
 * repeat. A full slot (500 people of one sex born on one day in one county) spills into the next
 * area code; only if every area is full does generation stop with an error.
 */
import { WENGYUAN } from '../../shared/domain/code-lists';
import { completeIdNumber } from '../../shared/domain/id-number';
import { hash32, type Rng } from './demo-random';

/** Guangdong divisions people married in from: other Shaoguan districts and counties, Heyuan, Meizhou, Qingyuan. */
export const MARRIED_IN_AREA_CODES = [
  '440203', '440204', '440205', '440222', '440224', '440232', '440233', '440281', '440282',
  '441621', '441622', '441623', '441624', '441625', '441402', '441403', '441424', '441481',
  '441802', '441881',
] as const;

/** Index 0 is Wengyuan itself. */
const AREA_CODES: readonly string[] = [WENGYUAN.divisionCode, ...MARRIED_IN_AREA_CODES];
const SEQUENCES_PER_SLOT = 500;
/** Coprime with 500, so `used * STRIDE + offset (mod 500)` visits every sequence once. */
const STRIDE = 193;
/** Oldest age the allocator accepts; the family planner stays well below it. */
const MAX_AGE = 110;
/** Feb 29 is never drawn, so every (month, day) exists in every year. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export class IdAllocator {
  private readonly counters: Uint16Array;
  private readonly baseDay: number;
  private readonly daySpan: number;
  private readonly asOfYear: number;
  private readonly asOfMonthDay: number;

  /** `asOf` is ISO YYYY-MM-DD; `seedMix` scatters the sequence numbers per generation. */
  constructor(
    private readonly seedMix: number,
    asOf: string,
  ) {
    this.asOfYear = Number(asOf.slice(0, 4));
    this.asOfMonthDay = Number(asOf.slice(5, 7)) * 100 + Number(asOf.slice(8, 10));
    this.baseDay = daysFromCivil(this.asOfYear - MAX_AGE - 1, 1, 1);
    this.daySpan = daysFromCivil(this.asOfYear + 1, 1, 1) - this.baseDay;
    this.counters = new Uint16Array(AREA_CODES.length * this.daySpan * 2);
  }

  /**
   * A new ID for someone exactly `age` whole years old on the as-of date. `areaIndex` 0 is
   * Wengyuan, 1… index MARRIED_IN_AREA_CODES.
   */
  allocate(rng: Rng, age: number, male: boolean, areaIndex: number): string {
    if (!(age >= 0 && age <= MAX_AGE)) throw new RangeError(`demo age out of range: ${age}`);
    const month = rng.int(1, 12);
    const day = rng.int(1, DAYS_IN_MONTH[month - 1] ?? 28);
    // Born later in the year than the as-of day: the birthday has not come yet, so one year earlier.
    const year = this.asOfYear - age - (month * 100 + day > this.asOfMonthDay ? 1 : 0);
    const dayIndex = daysFromCivil(year, month, day) - this.baseDay;
    const sexBit = male ? 1 : 0;
    for (let attempt = 0; attempt < AREA_CODES.length; attempt++) {
      const area = (areaIndex + attempt) % AREA_CODES.length;
      const slot = (area * this.daySpan + dayIndex) * 2 + sexBit;
      const used = this.counters[slot] ?? SEQUENCES_PER_SLOT;
      if (used >= SEQUENCES_PER_SLOT) continue;
      this.counters[slot] = used + 1;
      const sequence = (used * STRIDE + (hash32(this.seedMix, slot) % SEQUENCES_PER_SLOT)) % SEQUENCES_PER_SLOT;
      const serial = pad2(Math.floor(sequence / 5)) + String((sequence % 5) * 2 + sexBit);
      return completeIdNumber(`${AREA_CODES[area] ?? ''}${year}${pad2(month)}${pad2(day)}${serial}`);
    }
    throw new Error(`demo ID space exhausted for births on ${year}-${pad2(month)}-${pad2(day)}`);
  }
}

export const MARRIED_IN_AREA_COUNT = MARRIED_IN_AREA_CODES.length;
