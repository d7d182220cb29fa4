/**
 * The quick search box, the way clerks type (issue #9): a fragment of a 证件号码 or 户编号 (its
 * start, or its last digits), a name's start in characters, or its pinyin in full or as initials
 * (`zhangsan`, `zs` -> 张三). Every case is a prefix range on an indexed column — stored search
 * columns (search-columns.ts) turn "ends with" into "starts with" — so a search over a million
 * members never scans the table. Text in the box is data, never SQL or a LIKE pattern.
 *
 * Not matched any more (was a full scan): digits from the middle of a number, and a given name
 * without its surname.
 */
import { toHalfWidth } from '../../shared/domain/id-number';
import type { SqlValue } from './mutate';
import { reversed } from './search-columns';

export interface SqlPart {
  sql: string;
  params: SqlValue[];
}

export type SearchTerm = { kind: 'number'; text: string } | { kind: 'pinyin'; text: string } | { kind: 'name'; text: string };

/** Above every character a name or number holds, so [p, p + TOP) is "starts with p". */
const TOP = '\u{10FFFF}';

export function parseSearch(raw: string | undefined): SearchTerm | null {
  const text = toHalfWidth(raw ?? '').trim();
  if (text === '') return null;
  const compact = text.replace(/\s+/g, '');
  if (/^\d+[xX]?$/.test(compact)) return { kind: 'number', text: compact.toUpperCase() };
  if (/^[a-zA-Z]+$/.test(compact)) return { kind: 'pinyin', text: compact.toLowerCase() };
  return { kind: 'name', text };
}

function prefix(column: string, text: string): SqlPart {
  return { sql: `${column} >= ? AND ${column} < ?`, params: [text, text + TOP] };
}

function union(table: string, parts: SqlPart[]): SqlPart {
  return {
    sql: parts.map((p) => `SELECT id FROM ${table} WHERE ${p.sql}`).join(' UNION ALL '),
    params: parts.flatMap((p) => p.params),
  };
}

/** Ids of members the term names: by 证件号码 (start or end), name start, or pinyin. */
export function memberIdsMatching(term: SearchTerm): SqlPart {
  switch (term.kind) {
    case 'number':
      return union('members', [prefix('id_no', term.text), prefix('id_no_rev', reversed(term.text))]);
    case 'pinyin':
      return union('members', [prefix('name_pinyin', term.text), prefix('name_initials', term.text)]);
    case 'name':
      return union('members', [prefix('name', term.text)]);
  }
}

/** Ids of households whose 户编号 starts or ends with the term (numbers only). */
export function householdIdsMatching(term: SearchTerm): SqlPart | null {
  if (term.kind !== 'number') return null;
  return union('households', [prefix('household_no', term.text), prefix('household_no_rev', reversed(term.text))]);
}

/** For member lists: the member matches, or lives in a household whose number matches. */
export function memberSearch(memberId: string, householdId: string): (term: SearchTerm) => SqlPart {
  return (term) => {
    const members = memberIdsMatching(term);
    const households = householdIdsMatching(term);
    if (!households) return { sql: `${memberId} IN (${members.sql})`, params: members.params };
    return { sql: `(${memberId} IN (${members.sql}) OR ${householdId} IN (${households.sql}))`, params: [...members.params, ...households.params] };
  };
}

/** For household-level lists: the household number matches, or one of its 在户 members does. */
export function householdSearch(householdId: string): (term: SearchTerm) => SqlPart {
  return (term) => {
    const members = memberIdsMatching(term);
    const viaMembers = `SELECT household_id FROM members WHERE status = '在户' AND id IN (${members.sql})`;
    const households = householdIdsMatching(term);
    if (!households) return { sql: `${householdId} IN (${viaMembers})`, params: members.params };
    return { sql: `${householdId} IN (${households.sql} UNION ALL ${viaMembers})`, params: [...households.params, ...members.params] };
  };
}
