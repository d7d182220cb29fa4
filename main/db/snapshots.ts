/**
 * Household snapshots for the warning rules: each 在册 household with its 在户 members, all its
 * income records and its measure years, loaded in a few bulk queries (not one per household).
 */
import type { HouseholdSnapshot, IncomeRecordSnapshot, MemberSnapshot } from '../../shared/domain/warnings/types';
import { localIsoDate } from '../../shared/domain/periods';
import type { Db } from './open';

const INCOME_SELECT = `SELECT household_id AS householdId, period, wage_income AS wageIncome, business_income AS businessIncome,
  property_income AS propertyIncome, transfer_income AS transferIncome, business_cost AS businessCost,
  claim_income AS claimIncome, self_paid_cost AS selfPaidCost FROM income_records`;

export function incomeRecordsOf(db: Db, householdId: number): IncomeRecordSnapshot[] {
  return db.prepare(`${INCOME_SELECT} WHERE household_id = ?`).all(householdId) as IncomeRecordSnapshot[];
}

function groupBy<T extends { householdId: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.householdId);
    if (list) list.push(row);
    else map.set(row.householdId, [row]);
  }
  return map;
}

export interface SnapshotFilter {
  village?: string | undefined;
  /** Only households with from <= id <= to (warnings over a big ledger load it in slices). */
  ids?: { from: number; to: number } | undefined;
}

/** Household id slices of about `size` households, for loading a big ledger piece by piece. */
export function householdIdSlices(db: Db, size: number): { from: number; to: number }[] {
  const ids = db.prepare('SELECT id FROM households WHERE id % ? = 0 OR id = (SELECT max(id) FROM households) ORDER BY id').pluck().all(size) as number[];
  const slices: { from: number; to: number }[] = [];
  let from = 0;
  for (const to of ids) {
    if (to < from) continue;
    slices.push({ from, to });
    from = to + 1;
  }
  return slices;
}

/**
 * Today's local year and MMDD, bound once per query: strftime('now', 'localtime') in the SELECT
 * ran twice per member row.
 */
function today(): { year: number; monthDay: string } {
  const date = localIsoDate();
  return { year: Number(date.slice(0, 4)), monthDay: date.slice(5, 7) + date.slice(8, 10) };
}

export function loadSnapshots(db: Db, options: SnapshotFilter = {}): HouseholdSnapshot[] {
  const villageFilter = (options.village ? 'AND v.name = @village ' : '') + (options.ids ? 'AND h.id BETWEEN @from AND @to' : '');
  const params = { ...(options.village ? { village: options.village } : {}), ...(options.ids ?? {}) };
  const slice = (column: string, joiner: 'WHERE' | 'AND') => (options.ids ? `${joiner} ${column} BETWEEN @from AND @to` : '');
  const sliceParams = options.ids ?? {};
  const households = db
    .prepare(
      `SELECT h.id, h.household_no AS householdNo, v.name AS village,
              (SELECT hm.name FROM members hm WHERE hm.household_id = h.id AND hm.relation = '户主' AND hm.status = '在户' ORDER BY hm.id LIMIT 1) AS headName,
              h.household_type AS householdType, h.monitor_category AS monitorCategory, h.monitor_start AS monitorStart, h.risks,
              h.risk_eliminated AS riskEliminated, h.guarantee_food AS guaranteeFood, h.guarantee_education AS guaranteeEducation,
              h.guarantee_medical AS guaranteeMedical, h.guarantee_housing AS guaranteeHousing, h.guarantee_water AS guaranteeWater
       FROM households h JOIN admin_units v ON v.id = h.village_id
       WHERE h.status = '在册' ${villageFilter} ORDER BY v.name, h.household_no`,
    )
    .all(params) as (Omit<HouseholdSnapshot, 'risks' | 'members' | 'incomes' | 'measures'> & { risks: string | null })[];
  const members = groupBy(
    db
      .prepare(
        `SELECT m.household_id AS householdId, m.id, m.name, m.id_no AS idNo,
                (@year - CAST(substr(m.id_no, 7, 4) AS INTEGER) - (@monthDay < substr(m.id_no, 11, 4))) AS age,
                m.medical_resident AS medicalResident, m.medical_staff AS medicalStaff, m.dibao
         FROM members m WHERE m.status = '在户' ${slice('m.household_id', 'AND')}`,
      )
      .all({ ...sliceParams, ...today() }) as (MemberSnapshot & { householdId: number })[],
  );
  const incomes = groupBy(db.prepare(`${INCOME_SELECT} ${slice('household_id', 'WHERE')}`).all(sliceParams) as (IncomeRecordSnapshot & { householdId: number })[]);
  const measures = groupBy(
    db
      .prepare(`SELECT household_id AS householdId, year, min(start_month) AS firstMonth FROM measures ${slice('household_id', 'WHERE')} GROUP BY household_id, year`)
      .all(sliceParams) as {
      householdId: number;
      year: number;
      firstMonth: string | null;
    }[],
  );
  return households.map((h) => ({
    ...h,
    risks: h.risks ? (JSON.parse(h.risks) as string[]) : [],
    // The rows as read (they keep their householdId): a copy per member is a million objects.
    members: members.get(h.id) ?? [],
    incomes: incomes.get(h.id) ?? [],
    measures: (measures.get(h.id) ?? []).map(({ year, firstMonth }) => ({ year, firstMonth })),
  }));
}
