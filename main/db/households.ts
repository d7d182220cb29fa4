/**
 * Household reads: the row a clerk sees (domain.md §2), with the derived fields — 户主 from the
 * member whose 与户主关系 is 户主, 家庭人口数 from the members 在户 — and the place names.
 */
import type { HouseholdRow, ListQuery } from '../../shared/api/contract';
import { storedFields } from '../../shared/domain/records';
import { getRow, listRows, type ListSource } from './list-query';
import { householdSearch } from './quick-search';
import type { SqlValue } from './mutate';
import type { Db } from './open';

const HEAD = "(SELECT hm.id FROM members hm WHERE hm.household_id = h.id AND hm.relation = '户主' AND hm.status = '在户' ORDER BY hm.id LIMIT 1)";

export const HOUSEHOLD_SOURCE: ListSource = {
  from: `FROM households h
    JOIN admin_units v ON v.id = h.village_id
    LEFT JOIN admin_units t ON t.id = v.parent_id
    LEFT JOIN admin_units c ON c.id = t.parent_id
    LEFT JOIN admin_units g ON g.id = h.group_id
    LEFT JOIN members hd ON hd.id = ${HEAD}`,
  columns: {
    id: 'h.id',
    county: 'c.name',
    town: 't.name',
    village: 'v.name',
    group: 'g.name',
    headName: 'hd.name',
    headIdNo: 'hd.id_no',
    memberCount: "(SELECT count(*) FROM members mc WHERE mc.household_id = h.id AND mc.status = '在户')",
    ...Object.fromEntries(storedFields('household').map((f) => [f.key, `h.${f.column as string}`])),
  },
  search: householdSearch('h.id'),
  baseWhere: (query) => (query.includeRemoved ? null : { sql: "+h.status = '在册'", params: [] }),
  idExpr: 'h.id',
  sortAs: { householdNo: { notNull: true }, householdType: { notNull: true }, status: { notNull: true }, village: { notNull: true } },
  countFrom: 'FROM households h',
};

/**
 * The household as an import compares it (imports/plan-members.ts): the stored fields, the place
 * names and the stated 家庭人口数, without the derived 户主 and member count, which cost one
 * subquery per household and which no import sets. Same joins as HOUSEHOLD_SOURCE less the head.
 */
export const HOUSEHOLD_LOOKUP: Pick<ListSource, 'from' | 'columns'> = {
  from: `FROM households h
    JOIN admin_units v ON v.id = h.village_id
    LEFT JOIN admin_units t ON t.id = v.parent_id
    LEFT JOIN admin_units c ON c.id = t.parent_id
    LEFT JOIN admin_units g ON g.id = h.group_id`,
  columns: {
    ...Object.fromEntries(Object.entries(HOUSEHOLD_SOURCE.columns).filter(([key]) => !['headName', 'headIdNo', 'memberCount'].includes(key))),
    memberCountStated: 'h.member_count_stated',
  },
};

export type LookupHousehold = Omit<HouseholdRow, 'headName' | 'headIdNo' | 'memberCount'> & { memberCountStated: number | null };

export function toLookupHousehold(raw: Record<string, SqlValue>): LookupHousehold {
  return { ...(raw as unknown as LookupHousehold), risks: raw.risks ? (JSON.parse(String(raw.risks)) as string[]) : [] };
}

export function toHouseholdRow(raw: Record<string, SqlValue>): HouseholdRow {
  return { ...(raw as unknown as HouseholdRow), risks: raw.risks ? (JSON.parse(String(raw.risks)) as string[]) : [] };
}

export function listHouseholds(db: Db, query: ListQuery): { rows: HouseholdRow[]; total: number } {
  const { rows, total } = listRows(db, HOUSEHOLD_SOURCE, query);
  return { rows: rows.map(toHouseholdRow), total };
}

export function getHousehold(db: Db, id: number): HouseholdRow | undefined {
  const raw = getRow(db, HOUSEHOLD_SOURCE, id);
  return raw ? toHouseholdRow(raw) : undefined;
}

export function householdIdByNo(db: Db, householdNo: string): number | undefined {
  const row = db.prepare('SELECT id FROM households WHERE household_no = ?').get(householdNo) as { id: number } | undefined;
  return row?.id;
}
