/**
 * Member reads: the row a clerk sees (domain.md §3). 性别 and 出生日期 are generated columns read
 * from the 证件号码; 年龄 is computed on today's date.
 */
import type { ListQuery, MemberRow } from '../../shared/api/contract';
import { storedFields } from '../../shared/domain/records';
import { getRow, listRows, type ListSource } from './list-query';
import { memberSearch } from './quick-search';
import type { SqlValue } from './mutate';
import type { Db } from './open';

const AGE =
  "(CAST(strftime('%Y', 'now', 'localtime') AS INTEGER) - CAST(substr(m.id_no, 7, 4) AS INTEGER)" +
  " - (strftime('%m%d', 'now', 'localtime') < substr(m.id_no, 11, 4)))";

export const MEMBER_SOURCE: ListSource = {
  from: `FROM members m
    JOIN households h ON h.id = m.household_id
    JOIN admin_units v ON v.id = h.village_id`,
  columns: {
    id: 'm.id',
    householdId: 'm.household_id',
    village: 'v.name',
    householdNo: 'h.household_no',
    sex: 'm.sex',
    birthDate: 'm.birth_date',
    age: AGE,
    ...Object.fromEntries(storedFields('member').map((f) => [f.key, `m.${f.column as string}`])),
  },
  search: memberSearch('m.id', 'm.household_id'),
  baseWhere: (query) => {
    const parts: string[] = [];
    const params: SqlValue[] = [];
    if (query.householdId !== undefined) {
      parts.push('m.household_id = ?');
      params.push(query.householdId);
    }
    // Unary + keeps the planner off status indexes: nearly every member is 在户, so an index on it
    // would only force a sort of the whole table before the first page.
    if (!query.includeRemoved) parts.push("+m.status = '在户'");
    return parts.length ? { sql: parts.join(' AND '), params } : null;
  },
  idExpr: 'm.id',
  sortAs: {
    age: { expr: 'm.birth_date', reverse: true, notNull: true },
    birthDate: { notNull: true },
    sex: { notNull: true },
    idNo: { notNull: true },
    name: { notNull: true },
    relation: { notNull: true },
    status: { notNull: true },
    householdNo: { notNull: true },
    village: { notNull: true },
  },
  countFrom: 'FROM members m',
  countKeys: new Set(['id', 'householdId', 'sex', 'birthDate', 'age', ...storedFields('member').map((f) => f.key)]),
};

/** The member as an import compares it: MEMBER_SOURCE without 年龄 (computed on today's date per row). */
export const MEMBER_LOOKUP: Pick<ListSource, 'from' | 'columns'> = {
  from: MEMBER_SOURCE.from,
  columns: Object.fromEntries(Object.entries(MEMBER_SOURCE.columns).filter(([key]) => key !== 'age')),
};

export type LookupMember = Omit<MemberRow, 'age'>;

export function toMemberRow(raw: Record<string, SqlValue>): MemberRow {
  return { ...(raw as unknown as MemberRow), health: raw.health ? (JSON.parse(String(raw.health)) as string[]) : [] };
}

export function listMembers(db: Db, query: ListQuery): { rows: MemberRow[]; total: number } {
  const { rows, total } = listRows(db, MEMBER_SOURCE, query);
  return { rows: rows.map(toMemberRow), total };
}

export function getMember(db: Db, id: number): MemberRow | undefined {
  const raw = getRow(db, MEMBER_SOURCE, id);
  return raw ? toMemberRow(raw) : undefined;
}

export function memberIdByIdNo(db: Db, idNo: string): number | undefined {
  const row = db.prepare('SELECT id FROM members WHERE id_no = ?').get(idNo) as { id: number } | undefined;
  return row?.id;
}
