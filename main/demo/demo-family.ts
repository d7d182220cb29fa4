/**
 * The shape of one demo household: who lives in it (relation to the 户主), sex, age and surname.
 *
 * The structure is chosen first (spouse? a married child with grandchildren? the head's parents?),
 * then ages are drawn inside windows that keep every generation plausible:
 *  - the 户主 is an adult; a 配偶 is of the other sex, at most 6 years apart, and at least 20;
 *  - a child is 20–42 years younger than both parents (so 18–45 younger than the head);
 *  - a married child is at least 24, the in-law at least 20, grandchildren at least 20 years
 *    younger than both of their parents; the head's parents are 20–36 years older than the head.
 * Exactly `size` people come back, the head first.
 */
import type { RELATIONS } from '../../shared/domain/code-lists';
import { SURNAMES } from './demo-names';
import type { Rng } from './demo-random';

export type Relation = (typeof RELATIONS)[number];

export interface PersonPlan {
  relation: Relation;
  male: boolean;
  age: number;
  surname: string;
  /** Came into the family by marriage: may carry another county's ID area code. */
  marriedIn: boolean;
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}

/**
 * Ages of `count` siblings inside [lo, hi]: the eldest 21–34 years after the younger parent, then
 * 1–5 years apart, the gaps shrinking when the window is tight so that no two siblings collide.
 */
function siblingAges(rng: Rng, count: number, youngerParent: number, lo: number, hi: number): number[] {
  const ages: number[] = [];
  let age = clamp(youngerParent - rng.int(21, 34), Math.min(hi, lo + 2 * (count - 1)), hi);
  for (let i = 0; i < count; i++) {
    ages.push(age);
    const left = count - 1 - i;
    if (left > 0) age = Math.max(lo, age - rng.int(1, clamp(Math.floor((age - lo) / left), 1, 5)));
  }
  return ages;
}

/** The head is old enough for the generations below: about two years per child or grandchild. */
function headAgeFor(rng: Rng, size: number, shape: { grandchildren: number; parents: number; children: number }): number {
  if (shape.grandchildren > 0) return rng.int(50 + 2 * (shape.grandchildren - 1), 82);
  if (shape.parents > 0) return rng.int(Math.min(24 + 2 * shape.children, 50), 55);
  if (shape.children > 0) return rng.int(Math.min(26 + 2 * shape.children, 50), 66);
  if (size === 1) return rng.chance(0.7) ? rng.int(58, 92) : rng.int(28, 57);
  return rng.int(45, 86);
}

/** Surname of the children of a couple: the father's, except in some 招婿 (uxorilocal) families. */
function childSurname(rng: Rng, head: PersonPlan, spouse: PersonPlan | null): string {
  if (head.male) return rng.chance(0.97) ? head.surname : (spouse?.surname ?? head.surname);
  if (spouse !== null) return rng.chance(0.7) ? spouse.surname : head.surname;
  return rng.chance(0.6) ? head.surname : SURNAMES.pick(rng);
}

export function composeFamily(rng: Rng, size: number, headSurname: string): PersonPlan[] {
  let remaining = size - 1;
  const hasSpouse = remaining >= 1 && rng.chance(size === 2 ? 0.72 : 0.86);
  if (hasSpouse) remaining -= 1;
  // A married child, the in-law, 1+ grandchildren and maybe unmarried siblings of the married child.
  const threeGenerations = remaining >= 3 && rng.chance(0.5);
  const siblings = threeGenerations && remaining >= 4 ? rng.int(0, Math.min(2, remaining - 3)) : 0;
  const grandchildren = threeGenerations ? remaining - 2 - siblings : 0;
  let parents = 0;
  if (!threeGenerations && remaining >= 1 && rng.chance(size === 2 && !hasSpouse ? 0.45 : 0.12)) {
    parents = remaining >= 2 && rng.chance(0.35) ? 2 : 1;
  }
  remaining -= parents;

  const headAge = headAgeFor(rng, size, { grandchildren, parents, children: remaining });
  const head: PersonPlan = {
    relation: '户主',
    male: rng.chance(hasSpouse ? 0.9 : 0.75),
    age: headAge,
    surname: headSurname,
    marriedIn: false,
  };
  const family: PersonPlan[] = [head];

  let spouse: PersonPlan | null = null;
  if (hasSpouse) {
    // Husbands are usually a little older than their wives; never more than 6 years apart.
    const gap = head.male ? -rng.int(-2, 6) : rng.int(-2, 6);
    const age = clamp(headAge + gap, Math.max(head.male ? 20 : 22, headAge - 6), headAge + 6);
    spouse = { relation: '配偶', male: !head.male, age, surname: SURNAMES.pick(rng), marriedIn: true };
    family.push(spouse);
  }

  if (parents > 0) {
    const fatherAge = Math.min(headAge + rng.int(22, 36), 98);
    const motherAge = Math.max(fatherAge - rng.int(0, 5), headAge + 20);
    if (parents === 2 || rng.chance(0.3)) {
      family.push({ relation: '之父', male: true, age: fatherAge, surname: headSurname, marriedIn: false });
    }
    if (parents === 2 || family.length === (hasSpouse ? 2 : 1)) {
      family.push({ relation: '之母', male: false, age: motherAge, surname: SURNAMES.pick(rng), marriedIn: true });
    }
  }

  const youngerParent = spouse === null ? headAge : Math.min(headAge, spouse.age);
  const olderParent = spouse === null ? headAge : Math.max(headAge, spouse.age);
  const lo = Math.max(0, olderParent - 42);
  const hi = youngerParent - 20;
  const surname = childSurname(rng, head, spouse);

  if (threeGenerations) {
    addMarriedChild(rng, family, grandchildren, surname, Math.min(hi, Math.max(24 + 2 * (grandchildren - 1), lo)), hi);
  }
  for (const age of siblingAges(rng, threeGenerations ? siblings : remaining, youngerParent, lo, hi)) {
    addChild(rng, family, age, surname);
  }
  return family;
}

function addChild(rng: Rng, family: PersonPlan[], age: number, surname: string): void {
  const male = rng.chance(0.52);
  family.push({ relation: male ? '之子' : '之女', male, age, surname, marriedIn: false });
}

/**
 * A married child (usually a son with his wife, sometimes a daughter with a 上门女婿) and their
 * `grandchildren` children. Both parents are at least 20 + 2 per extra grandchild, so the
 * grandchildren fit between them and their parents without colliding.
 */
function addMarriedChild(rng: Rng, family: PersonPlan[], grandchildren: number, surname: string, lo: number, hi: number): void {
  const son = rng.chance(0.85);
  const age = rng.int(lo, hi);
  family.push({ relation: son ? '之子' : '之女', male: son, age, surname, marriedIn: false });
  const inLawAge = son ? Math.max(20 + 2 * (grandchildren - 1), age - rng.int(0, 5)) : Math.max(22, age + rng.int(0, 5));
  const inLaw: PersonPlan = { relation: son ? '之儿媳' : '之女婿', male: !son, age: inLawAge, surname: SURNAMES.pick(rng), marriedIn: true };
  family.push(inLaw);

  const youngerParent = Math.min(age, inLawAge);
  const lo2 = Math.max(0, Math.max(age, inLawAge) - 40);
  const hi2 = youngerParent - 20;
  const grandSurname = son ? surname : rng.chance(0.5) ? inLaw.surname : surname;
  for (const grandAge of siblingAges(rng, grandchildren, youngerParent, lo2, hi2)) {
    const male = rng.chance(0.52);
    const relation: Relation = son ? (male ? '之孙子' : '之孙女') : male ? '之外孙子' : '之外孙女';
    family.push({ relation, male, age: grandAge, surname: grandSurname, marriedIn: false });
  }
}
