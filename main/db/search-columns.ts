/**
 * Search columns derived at write time (issue #9): the clerk's quick search must stay an index
 * lookup at a million members, so everything it matches is computed once, when the record is
 * written, and stored beside it:
 *   members.name_pinyin    full pinyin without tones or spaces, ü as v ('zhangsan', 'lvxiaohong')
 *   members.name_initials  first letters ('zs')
 *   members.id_no_rev      证件号码 reversed, so "the last 4–6 digits" is an indexed prefix
 *   households.household_no_rev  户编号 reversed, for the tail of the number
 *
 * The mutation path (mutate.ts) adds these columns to every insert, update and restore of the
 * source field; they are not recorded in history (they follow from the recorded field, so undo
 * recomputes them). Polyphonic characters get pinyin-pro's reading in context, with its surname
 * mode for the first character (单 shan, 曾 zeng, 解 xie); a rare misreading means the clerk types
 * the name or the ID instead — documented, not guessed at twice.
 */
import { pinyin } from 'pinyin-pro';
import type { SqlValue } from './mutate';
import type { TableName } from './tables';

export interface NamePinyin {
  full: string;
  initials: string;
}

/** Names repeat a lot in a county; a bounded cache keeps a 2-million-person seed fast. */
const CACHE_LIMIT = 50_000;
const cache = new Map<string, NamePinyin>();

function letters(syllables: string[]): string[] {
  return syllables.map((s) => s.toLowerCase().replace(/[^a-z]/g, '')).filter((s) => s !== '');
}

export function namePinyin(name: string): NamePinyin {
  const hit = cache.get(name);
  if (hit) return hit;
  const syllables = letters(pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true }));
  const value = { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, value);
  return value;
}

export function reversed(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/**
 * The derived search columns for a write to `table`, given the written values by SQL column.
 * Empty when the write does not touch a source column.
 */
export function searchColumns(table: TableName, byColumn: Record<string, SqlValue | undefined>): Record<string, SqlValue> {
  const out: Record<string, SqlValue> = {};
  if (table === 'members') {
    if (byColumn.name !== undefined) {
      const p = typeof byColumn.name === 'string' ? namePinyin(byColumn.name) : null;
      out.name_pinyin = p?.full ?? null;
      out.name_initials = p?.initials ?? null;
    }
    if (byColumn.id_no !== undefined) out.id_no_rev = typeof byColumn.id_no === 'string' ? reversed(byColumn.id_no) : null;
  } else if (table === 'households') {
    if (byColumn.household_no !== undefined) {
      out.household_no_rev = typeof byColumn.household_no === 'string' ? reversed(byColumn.household_no) : null;
    }
  }
  return out;
}

/** Columns of `table` this module owns (never written from field values). */
export const SEARCH_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  members: ['name_pinyin', 'name_initials', 'id_no_rev'],
  households: ['household_no_rev'],
};
