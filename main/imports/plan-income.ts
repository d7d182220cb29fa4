/**
 * Planning a 收入情况表 import: resolve each row's household (户编号, else 户主证件号码 — a household
 * must already be in the ledger), refuse two rows for one household and 统计期, and compare with
 * the record already kept for that period. Stated totals that disagree with the shared formula
 * are warnings (the ledger keeps its own computation).
 */
import type { ImportChange } from '../../shared/api/imports-contract';
import { INCOME_LABELS, netIncomeFen, perCapitaFen, subItemTotals, yuan, type IncomeSubItems } from '../../shared/domain/income';
import type { FieldValue } from '../../shared/domain/records';
import { upsertIncome, type IncomeValues } from '../db/income';
import type { Mutation } from '../db/mutate';
import type { Db } from '../db/open';
import type { FieldChange } from './compare';
import type { IncomeImportRow } from './income-rows';
import type { RowOutcome } from './row-issue';

export interface IncomePlanEntry {
  row: IncomeImportRow;
  householdId: number;
  householdNo: string;
  village: string | null;
  villageId: number;
  existingId: number | null;
  changes: FieldChange[];
  outcome: Exclude<RowOutcome, 'rejected'>;
}

export interface IncomePlan {
  rows: IncomeImportRow[];
  outcomes: Map<IncomeImportRow, RowOutcome>;
  entries: IncomePlanEntry[];
}

const COMPARED = ['wageIncome', 'businessIncome', 'propertyIncome', 'transferIncome', 'businessCost', 'claimIncome', 'selfPaidCost', 'memberCountStated', 'netIncomeStated', 'perCapitaStated'] as const;
const STATED_LABELS: Record<string, string> = { memberCountStated: '家庭人口数（填报）', netIncomeStated: '家庭纯收入（填报）', perCapitaStated: '家庭人均纯收入（填报）' };

function addIssue(row: IncomeImportRow, column: string, code: string, message: string, list: 'errors' | 'warnings' = 'errors'): void {
  row[list].push({ sheet: row.sheet, row: row.row, column, code, message });
}

export function planIncomeImport(db: Db, rows: IncomeImportRow[]): IncomePlan {
  const byNo = db.prepare('SELECT h.id, h.household_no AS no, h.village_id AS villageId, v.name AS village FROM households h JOIN admin_units v ON v.id = h.village_id WHERE h.household_no = ?');
  const byHead = db.prepare(
    "SELECT h.id, h.household_no AS no, h.village_id AS villageId, v.name AS village FROM members m JOIN households h ON h.id = m.household_id JOIN admin_units v ON v.id = h.village_id WHERE m.id_no = ?",
  );
  const existing = db.prepare('SELECT * FROM income_records WHERE household_id = ? AND period = ?');
  const people = db.prepare("SELECT count(*) AS n FROM members WHERE household_id = ? AND status = '在户'");
  const seen = new Map<string, IncomeImportRow>();
  const entries: IncomePlanEntry[] = [];
  const outcomes = new Map<IncomeImportRow, RowOutcome>(rows.map((r) => [r, 'rejected']));
  for (const row of rows) {
    if (row.errors.length > 0 || row.period === null) continue;
    const household = (row.householdNo ? byNo.get(row.householdNo) : byHead.get(row.headIdNo)) as { id: number; no: string; villageId: number; village: string } | undefined;
    if (!household) {
      addIssue(row, row.householdNo ? '户编号' : '户主证件号码', 'import.unknown-household', `台账中没有${row.householdNo ? `户编号 ${row.householdNo}` : `户主证件号码 ${row.headIdNo}`} 的户：请先导入家庭成员信息表，或核对号码`);
      continue;
    }
    const key = `${household.id}|${row.period}`;
    const first = seen.get(key);
    if (first) {
      addIssue(row, '统计期', 'import.duplicate-in-file', `户编号 ${household.no} 的 ${row.period} 收入在文件中出现两次（另见第 ${first.row} 行），请只保留一行`);
      continue;
    }
    seen.set(key, row);
    // A component the row leaves out is the sum of its sub-items; a stated one must agree.
    for (const [component, total] of Object.entries(subItemTotals(row.subItems as IncomeSubItems))) {
      const stated = row.values[component as keyof IncomeValues];
      if (stated === undefined || stated === null) row.values[component as keyof IncomeValues] = total;
      else if (stated !== total) {
        addIssue(row, INCOME_LABELS[component] ?? component, 'import.sub-items-differ', `${INCOME_LABELS[component]} ${yuan(stated)} 与其明细合计 ${yuan(total)} 不一致，请核对`, 'warnings');
      }
    }
    const count = (people.get(household.id) as { n: number }).n;
    const computedNet = netIncomeFen(row.values as Parameters<typeof netIncomeFen>[0]);
    if (row.values.netIncomeStated !== undefined && row.values.netIncomeStated !== null && row.values.netIncomeStated !== computedNet) {
      addIssue(row, '家庭纯收入', 'import.net-income-differs', `填报的家庭纯收入 ${yuan(row.values.netIncomeStated)} 与各项收入计算值 ${yuan(computedNet)} 不一致，以计算值为准`, 'warnings');
    }
    const computedPer = perCapitaFen(row.values as Parameters<typeof perCapitaFen>[0], count);
    if (row.values.perCapitaStated !== undefined && row.values.perCapitaStated !== null && computedPer !== null && Math.abs(row.values.perCapitaStated - computedPer) > 100) {
      addIssue(row, '家庭人均纯收入', 'import.per-capita-differs', `填报的人均纯收入 ${yuan(row.values.perCapitaStated)} 与按台账 ${count} 人计算的 ${yuan(computedPer)} 不一致，以计算值为准`, 'warnings');
    }
    const old = existing.get(household.id, row.period) as Record<string, number | null> | undefined;
    const changes: FieldChange[] = [];
    for (const k of COMPARED) {
      const next = row.values[k];
      if (next === undefined) continue;
      const column = k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      const before = old ? (old[column] ?? null) : null;
      if (before !== next) changes.push({ key: k, label: STATED_LABELS[k] ?? INCOME_LABELS[k] ?? k, old: before as FieldValue, new: next as FieldValue });
    }
    if (Object.keys(row.subItems).length > 0) {
      const before = old?.sub_items ? (JSON.parse(String(old.sub_items)) as Record<string, number>) : null;
      if (JSON.stringify(before) !== JSON.stringify(row.subItems)) {
        changes.push({ key: 'subItems', label: '收入明细', old: before ? Object.entries(before).map(([k, v]) => `${k} ${yuan(v)}`) : null, new: Object.entries(row.subItems).map(([k, v]) => `${k} ${yuan(v)}`) });
      }
    }
    const outcome = !old ? 'inserted' : changes.length > 0 ? 'updated' : 'unchanged';
    outcomes.set(row, outcome);
    entries.push({ row, householdId: household.id, householdNo: household.no, village: household.village, villageId: household.villageId, existingId: old ? Number(old.id) : null, changes, outcome });
  }
  return { rows, outcomes, entries };
}

export function applyIncomePlan(db: Db, m: Mutation, plan: IncomePlan): Set<number> {
  const villages = new Set<number>();
  for (const e of plan.entries) {
    villages.add(e.villageId);
    if (e.outcome !== 'unchanged') {
      const subItems = Object.keys(e.row.subItems).length > 0 ? e.row.subItems : undefined;
      upsertIncome(db, m, e.householdId, e.row.period as string, e.row.values as IncomeValues, subItems);
    }
  }
  return villages;
}

export function incomeChanges(plan: IncomePlan): ImportChange[] {
  return plan.entries
    .filter((e) => e.outcome !== 'unchanged')
    .map((e) => ({
      kind: e.outcome === 'inserted' ? 'new-income' : 'income-changed',
      householdNo: e.householdNo,
      village: e.village,
      name: null,
      idNo: e.row.headIdNo,
      row: e.row.row,
      fields: e.changes,
    }));
}
