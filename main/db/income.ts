/**
 * Income records (收支) per household per 统计期. Reads compute 家庭纯收入 and 人均纯收入 with the
 * shared formula (never a second copy in SQL); the SQL expressions below only order and filter.
 * Writes go through the mutation path; one record per household and period (a later report of
 * the same period replaces its figures, and history keeps the old ones).
 */
import { ApiError } from '../../shared/api/errors';
import { netIncomeFen, perCapitaFen } from '../../shared/domain/income';
import type { IncomeRecordSnapshot } from '../../shared/domain/warnings/types';
import { getRow, listRows, type ListSource } from './list-query';
import { householdSearch } from './quick-search';
import { mutate, type Mutation, type SqlValue } from './mutate';
import type { Db } from './open';

export const INCOME_VALUE_KEYS = [
  'wageIncome',
  'businessIncome',
  'propertyIncome',
  'transferIncome',
  'businessCost',
  'claimIncome',
  'selfPaidCost',
  'memberCountStated',
  'netIncomeStated',
  'perCapitaStated',
] as const;
export type IncomeValueKey = (typeof INCOME_VALUE_KEYS)[number];
export type IncomeValues = Partial<Record<IncomeValueKey, number | null>>;

/** A record as the 收支 grid shows it: the stored figures plus the household and the computed totals. */
export interface IncomeRow extends IncomeRecordSnapshot {
  id: number;
  householdId: number;
  householdNo: string;
  village: string | null;
  headName: string | null;
  memberCountStated: number | null;
  netIncomeStated: number | null;
  perCapitaStated: number | null;
  memberCount: number;
  netIncome: number;
  perCapita: number | null;
  /** Optional breakdown (务工收入, 低保金 …) in fen. */
  subItems: Record<string, number> | null;
}

const NET = '(ifnull(i.wage_income, 0) + ifnull(i.business_income, 0) + ifnull(i.property_income, 0) + ifnull(i.transfer_income, 0) - ifnull(i.business_cost, 0))';
const COUNT = "(SELECT count(*) FROM members mc WHERE mc.household_id = h.id AND mc.status = '在户')";

export const INCOME_SOURCE: ListSource = {
  from: `FROM income_records i
    JOIN households h ON h.id = i.household_id
    JOIN admin_units v ON v.id = h.village_id
    LEFT JOIN members hd ON hd.id = (SELECT hm.id FROM members hm WHERE hm.household_id = h.id AND hm.relation = '户主' AND hm.status = '在户' ORDER BY hm.id LIMIT 1)`,
  columns: {
    id: 'i.id',
    householdId: 'i.household_id',
    householdNo: 'h.household_no',
    village: 'v.name',
    headName: 'hd.name',
    period: 'i.period',
    wageIncome: 'i.wage_income',
    businessIncome: 'i.business_income',
    propertyIncome: 'i.property_income',
    transferIncome: 'i.transfer_income',
    businessCost: 'i.business_cost',
    claimIncome: 'i.claim_income',
    selfPaidCost: 'i.self_paid_cost',
    memberCountStated: 'i.member_count_stated',
    netIncomeStated: 'i.net_income_stated',
    perCapitaStated: 'i.per_capita_stated',
    subItems: 'i.sub_items',
    memberCount: COUNT,
    netIncome: NET,
    perCapita: `(${NET} * 1.0 / nullif(${COUNT}, 0))`,
  },
  search: householdSearch('i.household_id'),
  baseWhere: (query) => (query.householdId !== undefined ? { sql: 'i.household_id = ?', params: [query.householdId] } : null),
  idExpr: 'i.id',
};

function toIncomeRow(raw: Record<string, SqlValue>): IncomeRow {
  const row = raw as unknown as IncomeRow;
  const subItems = raw.subItems ? (JSON.parse(String(raw.subItems)) as Record<string, number>) : null;
  return { ...row, subItems, netIncome: netIncomeFen(row), perCapita: perCapitaFen(row, row.memberCount) };
}

export function listIncome(db: Db, query: Parameters<typeof listRows>[2]): { rows: IncomeRow[]; total: number } {
  const { rows, total } = listRows(db, INCOME_SOURCE, query);
  return { rows: rows.map(toIncomeRow), total };
}

export function getIncome(db: Db, id: number): IncomeRow | undefined {
  const raw = getRow(db, INCOME_SOURCE, id);
  return raw ? toIncomeRow(raw) : undefined;
}

export function incomeIdFor(db: Db, householdId: number, period: string): number | undefined {
  return (db.prepare('SELECT id FROM income_records WHERE household_id = ? AND period = ?').get(householdId, period) as { id: number } | undefined)?.id;
}

/** Insert or update the record of (household, period) inside a mutation; returns its id. */
export function upsertIncome(db: Db, m: Mutation, householdId: number, period: string, values: IncomeValues, subItems?: Record<string, number> | null): number {
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && (!Number.isSafeInteger(value) || (value < 0 && key !== 'netIncomeStated' && key !== 'perCapitaStated'))) {
      throw new ApiError('income.bad-amount', `收入数据“${key}”应为不小于 0 的金额`, { key, value });
    }
  }
  const stored = subItems === undefined ? {} : { subItems: subItems && Object.keys(subItems).length > 0 ? JSON.stringify(subItems) : null };
  const existing = incomeIdFor(db, householdId, period);
  if (existing !== undefined) {
    m.update('income_records', existing, { ...values, ...stored });
    return existing;
  }
  return m.insert('income_records', { ...values, ...stored, householdId, period });
}

export function saveIncome(db: Db, actor: string, householdId: number, period: string, values: IncomeValues): IncomeRow {
  const household = db.prepare('SELECT household_no AS no FROM households WHERE id = ?').get(householdId) as { no: string } | undefined;
  if (!household) throw new ApiError('household.not-found', '找不到这一户，请刷新后重试', { householdId });
  const id = mutate(db, { actor, source: 'edit', label: `录入户 ${household.no} ${period} 收支` }, (m) => upsertIncome(db, m, householdId, period, values));
  return getIncome(db, id) as IncomeRow;
}
