/**
 * Seeded randomness for the demo ledger: a mulberry32 generator that can be re-seeded in place
 * (one instance serves a whole generation, no per-household allocation) and a small weighted table.
 * Nothing here reads a clock or Math.random, so the same seed always yields the same ledger.
 */

/** Mix up to three 32-bit integers into one well-spread 32-bit seed (murmur3 finaliser steps). */
export function hash32(a: number, b = 0, c = 0): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ Math.imul(c, 0x27d4eb2f), 0x165667b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  reseed(seed: number): void {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/** Values with relative weights; a pick is one uniform draw and a short linear scan. */
export class WeightedTable<T> {
  private readonly values: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.values = entries.map((entry) => entry[0]);
    this.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach((entry, i) => {
      sum += entry[1];
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    const last = this.values.length - 1;
    for (let i = 0; i < last; i++) {
      if (x < (this.cumulative[i] as number)) return this.values[i] as T;
    }
    return this.values[last] as T;
  }
}
