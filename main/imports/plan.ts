/**
 * One plan shape for every committable template, so preview, commit, receipt and CLI do not care
 * which template a file was: rows with outcomes, the change list, counts, and how to write it.
 * Planning always works on clones of the staged rows (it adds issues), so it can be repeated.
 */
import type { ImportChange } from '../../shared/api/imports-contract';
import { recordsVersion } from '../db/ledger-version';
import type { Mutation } from '../db/mutate';
import type { Db } from '../db/open';
import { applyHousehold, ledgerPlace, type PlaceIds } from './apply-members';
import type { IncomeImportRow } from './income-rows';
import type { MemberImportRow } from './member-rows';
import type { EmploymentImportRow, HrImportRow, NeedsImportRow, ReturneeImportRow } from './employment-rows';
import { DEPARTMENT_OF, type DepartmentImportRow } from './department-rows';
import { planDepartmentImport } from './plan-departments';
import { planEmploymentImport, planNeedsImport, planReturneesImport } from './plan-employment';
import { applyIncomePlan, incomeChanges, planIncomeImport } from './plan-income';
import { planServicesImport } from './plan-services';
import { planMemberImport, type MemberImportPlan } from './plan-members';
import type { ImportRowBase, RowOutcome } from './row-issue';
import type { StagedImport } from './stage';

export interface ImportPlan {
  rows: ImportRowBase[];
  outcomes: Map<ImportRowBase, RowOutcome>;
  changes: ImportChange[];
  households: { new: number; changed: number; unchanged: number };
  missingMembers: number;
  /**
   * Rows the apply will add, by table (history included), where the template knows them: a
   * commit that fills a table in bulk rebuilds its indexes once (db/deferred-indexes.ts).
   */
  newRows?: Readonly<Record<string, number>>;
  /** Write the changes inside the batch's mutation; returns the villages the rows belong to. */
  apply(m: Mutation): Set<number>;
}

/**
 * A plan with what it was made from: the staged import, the connection and the ledger revision
 * (db/ledger-version.ts: change sets here, commits by other connections). A commit on the same
 * revision can write it as it is.
 */
export type StagedPlan = ImportPlan & { readonly staged: StagedImport; readonly db: Db; readonly revision: string };

function cloneRows<T extends ImportRowBase>(rows: readonly T[]): T[] {
  return rows.map((r) => ({ ...r, errors: [...r.errors], warnings: [...r.warnings] }));
}

export function memberChanges(plan: MemberImportPlan): ImportChange[] {
  const changes: ImportChange[] = [];
  for (const h of plan.households) {
    const head = h.members.find((m) => m.row.member.relation === '户主');
    const village = h.location.village;
    const first = h.members[0]?.row.row ?? null;
    if (h.existingId === null) {
      const name = head ? String(head.row.member.name) : null;
      const idNo = head ? String(head.row.member.idNo) : null;
      changes.push({ kind: 'new-household', householdNo: h.householdNo, village, name, idNo, row: first, fields: h.changes });
    } else if (h.changes.length > 0) {
      changes.push({ kind: 'household-changed', householdNo: h.householdNo, village, name: null, idNo: null, row: first, fields: h.changes });
    }
    for (const m of h.members) {
      const base = { householdNo: h.householdNo, village, name: String(m.row.member.name ?? ''), idNo: String(m.row.member.idNo ?? ''), row: m.row.row };
      if (m.existingId === null) changes.push({ ...base, kind: 'new-member', fields: [] });
      else if (m.movedFrom) changes.push({ ...base, kind: 'member-moved', fields: m.changes });
      else if (m.changes.length > 0) changes.push({ ...base, kind: 'member-changed', fields: m.changes });
    }
    for (const missing of h.missing) {
      changes.push({ kind: 'member-missing', householdNo: h.householdNo, village, name: missing.name, idNo: missing.idNo, row: null, fields: [] });
    }
  }
  return changes;
}

function memberPlan(db: Db, rows: MemberImportRow[]): ImportPlan {
  const plan = planMemberImport(db, cloneRows(rows));
  const touched = (h: MemberImportPlan['households'][number]) => h.existingId === null || h.changes.length > 0 || h.members.some((m) => m.outcome !== 'unchanged');
  const newHouseholds = plan.households.filter((h) => h.existingId === null).length;
  let newMembers = 0;
  let changedFields = 0;
  for (const h of plan.households) {
    changedFields += h.changes.length;
    for (const m of h.members) {
      if (m.existingId === null) newMembers++;
      else changedFields += m.changes.length;
    }
  }
  return {
    rows: plan.rows,
    outcomes: plan.outcomes as Map<ImportRowBase, RowOutcome>,
    changes: memberChanges(plan),
    households: {
      new: newHouseholds,
      changed: plan.households.filter((h) => h.existingId !== null && touched(h)).length,
      unchanged: plan.households.filter((h) => !touched(h)).length,
    },
    missingMembers: plan.households.reduce((n, h) => n + h.missing.length, 0),
    // History: one row per inserted record, one per changed field.
    newRows: { households: newHouseholds, members: newMembers, history: newHouseholds + newMembers + changedFields },
    apply(m) {
      const fallback = ledgerPlace(db);
      const villages = new Set<number>();
      const villageOf = db.prepare('SELECT village_id AS v FROM households WHERE id = ?');
      const places: PlaceIds = new Map();
      for (const household of plan.households) {
        if (touched(household)) for (const id of applyHousehold(db, m, household, fallback, places)) villages.add(id);
        else if (household.existingId !== null) villages.add((villageOf.get(household.existingId) as { v: number }).v);
      }
      return villages;
    },
  };
}

function incomePlan(db: Db, rows: IncomeImportRow[]): ImportPlan {
  const plan = planIncomeImport(db, cloneRows(rows));
  const households = new Set(plan.entries.map((e) => e.householdId));
  const changed = new Set(plan.entries.filter((e) => e.outcome !== 'unchanged').map((e) => e.householdId));
  return {
    rows: plan.rows,
    outcomes: plan.outcomes as Map<ImportRowBase, RowOutcome>,
    changes: incomeChanges(plan),
    households: { new: 0, changed: changed.size, unchanged: households.size - changed.size },
    missingMembers: 0,
    apply: (m) => applyIncomePlan(db, m, plan),
  };
}

/** Plan a staged import against the ledger as it is now (read-only; can be repeated). */
export function planStaged(db: Db, staged: StagedImport): StagedPlan {
  // Read before planning, in the same synchronous call: no write can come in between.
  return Object.assign(planFor(db, staged), { staged, db, revision: recordsVersion(db) });
}

function planFor(db: Db, staged: StagedImport): ImportPlan {
  switch (staged.templateId) {
    case 'income':
      return incomePlan(db, staged.rows as IncomeImportRow[]);
    case 'employment':
      return planEmploymentImport(db, cloneRows(staged.rows as EmploymentImportRow[]));
    case 'needs-sheet':
      return planNeedsImport(db, cloneRows(staged.rows as NeedsImportRow[]));
    case 'returnees':
      return planReturneesImport(db, cloneRows(staged.rows as ReturneeImportRow[]));
    case 'hr-feedback':
    case 'hr-feedback-counts':
      return planServicesImport(db, cloneRows(staged.rows as HrImportRow[]));
    case 'assistance-list':
    case 'insured-list':
    case 'disability-list': {
      return planDepartmentImport(db, DEPARTMENT_OF[staged.templateId]!, cloneRows(staged.rows as DepartmentImportRow[]));
    }
    default:
      return memberPlan(db, staged.rows as MemberImportRow[]);
  }
}
