/**
 * Planning a 家庭成员信息表 import: group member rows into households (户编号, else the 户主's
 * ID), resolve each household and member against the ledger, and list what would change —
 * new households and members, changed fields (old -> new), members moved between households,
 * unchanged rows, and ledger members the file no longer lists (shown, never deleted).
 *
 * Planning only reads the ledger. The commit runs it again inside its transaction, so what is
 * written always matches the ledger at that moment.
 */
import type { FieldValue } from '../../shared/domain/records';
import { HOUSEHOLD_LOOKUP, toLookupHousehold, type LookupHousehold } from '../db/households';
import { rowsByKeys } from '../db/list-query';
import { MEMBER_LOOKUP, toMemberRow, type LookupMember } from '../db/members';
import type { Db } from '../db/open';
import { compareValues, type FieldChange } from './compare';
import type { Location, MemberImportRow, RowIssue } from './member-rows';

/**
 * The ledger records an import touches, loaded in bulk up front (one query per few thousand keys
 * instead of one per row): members by 证件号码, households by 户编号 and by id, and the members 在户
 * of every household found (for the members the file no longer lists). Lookup projections leave
 * out what planning never compares (年龄, 户主, member counts).
 */
class LedgerLookup {
  private readonly members = new Map<string, LookupMember>();
  private readonly householdsByNo = new Map<string, LookupHousehold>();
  private readonly householdsById = new Map<number, LookupHousehold>();
  private readonly inHousehold = new Map<number, { id: number; name: string; idNo: string }[]>();

  constructor(db: Db, rows: MemberImportRow[]) {
    const ids = new Set<string>();
    const numbers = new Set<string>();
    for (const r of rows) {
      if (typeof r.member.idNo === 'string') ids.add(r.member.idNo);
      if (r.headIdNo) ids.add(r.headIdNo);
      if (r.householdNo) numbers.add(r.householdNo);
    }
    for (const raw of rowsByKeys(db, MEMBER_LOOKUP, 'm.id_no', [...ids])) {
      const member: LookupMember = toMemberRow(raw);
      this.members.set(member.idNo, member);
    }
    this.addHouseholds(rowsByKeys(db, HOUSEHOLD_LOOKUP, 'h.household_no', [...numbers]));
    const byId = new Set<number>();
    for (const m of this.members.values()) if (!this.householdsById.has(m.householdId)) byId.add(m.householdId);
    this.addHouseholds(rowsByKeys(db, HOUSEHOLD_LOOKUP, 'h.id', [...byId]));
    this.loadMembersInHouseholds(db, [...this.householdsById.keys()]);
  }

  private addHouseholds(raws: ReturnType<typeof rowsByKeys>): void {
    for (const raw of raws) {
      const household = toLookupHousehold(raw);
      this.householdsByNo.set(household.householdNo, household);
      this.householdsById.set(household.id, household);
    }
  }

  private loadMembersInHouseholds(db: Db, householdIds: number[]): void {
    const stmt = db.prepare("SELECT household_id, id, name, id_no FROM members WHERE household_id IN (SELECT value FROM json_each(?)) AND status = '在户' ORDER BY household_id, id").raw(true);
    for (let i = 0; i < householdIds.length; i += 5000) {
      for (const [householdId, id, name, idNo] of stmt.all(JSON.stringify(householdIds.slice(i, i + 5000))) as [number, number, string, string][]) {
        const list = this.inHousehold.get(householdId);
        if (list) list.push({ id, name, idNo });
        else this.inHousehold.set(householdId, [{ id, name, idNo }]);
      }
    }
  }

  member(idNo: string): LookupMember | null {
    return this.members.get(idNo) ?? null;
  }

  householdByNo(householdNo: string): LookupHousehold | null {
    return this.householdsByNo.get(householdNo) ?? null;
  }

  householdById(id: number): LookupHousehold | null {
    return this.householdsById.get(id) ?? null;
  }

  /** Members 在户 of a household found by the lookup, in id order. */
  membersInHousehold(householdId: number): { id: number; name: string; idNo: string }[] {
    return this.inHousehold.get(householdId) ?? [];
  }
}

export type { RowOutcome } from './row-issue';
import type { RowOutcome } from './row-issue';

export interface MemberPlan {
  row: MemberImportRow;
  existingId: number | null;
  /** The member lives in another ledger household today. */
  movedFrom: string | null;
  changes: FieldChange[];
  outcome: Exclude<RowOutcome, 'rejected'>;
}

export interface HouseholdPlan {
  householdNo: string;
  existingId: number | null;
  location: Location;
  values: Record<string, FieldValue>;
  changes: FieldChange[];
  members: MemberPlan[];
  missing: { id: number; name: string; idNo: string }[];
}

export interface MemberImportPlan {
  households: HouseholdPlan[];
  /** Every data row with its outcome; rejected rows carry errors. */
  rows: MemberImportRow[];
  outcomes: Map<MemberImportRow, RowOutcome>;
}

function addIssue(row: MemberImportRow, column: string, code: string, message: string): void {
  row.errors.push({ sheet: row.sheet, row: row.row, column, code, message } satisfies RowIssue);
}

function markDuplicates(rows: MemberImportRow[]): void {
  const seen = new Map<string, MemberImportRow>();
  for (const row of rows) {
    const idNo = row.member.idNo;
    if (typeof idNo !== 'string') continue;
    const first = seen.get(idNo);
    if (!first) {
      seen.set(idNo, row);
      continue;
    }
    const where = (r: MemberImportRow) => `“${r.sheet}”第 ${r.row} 行`;
    addIssue(row, '证件号码', 'import.duplicate-in-file', `证件号码 ${idNo} 在文件中重复出现（另见${where(first)}）：同一人只能出现一次，请删去多余的一行`);
    if (!first.errors.some((e) => e.code === 'import.duplicate-in-file')) {
      addIssue(first, '证件号码', 'import.duplicate-in-file', `证件号码 ${idNo} 在文件中重复出现（另见${where(row)}）：同一人只能出现一次，请删去多余的一行`);
    }
  }
}

function groupKey(row: MemberImportRow): string | null {
  if (row.householdNo) return `no:${row.householdNo}`;
  if (row.headIdNo) return `head:${row.headIdNo}`;
  return null;
}

function resolveHousehold(lookup: LedgerLookup, rows: MemberImportRow[]): LookupHousehold | null {
  const first = rows[0];
  if (first?.householdNo) return lookup.householdByNo(first.householdNo);
  if (first?.headIdNo) {
    const head = lookup.member(first.headIdNo);
    return head ? lookup.householdById(head.householdId) : null;
  }
  return null;
}

/** Merge the household columns repeated on each row; a disagreement rejects the later row. */
function mergeHousehold(rows: MemberImportRow[]): { values: Record<string, FieldValue>; location: Location } {
  const values: Record<string, FieldValue> = {};
  const location: Location = { county: null, town: null, village: null, group: null };
  for (const row of rows) {
    for (const [key, value] of Object.entries(row.household)) {
      const seen = values[key];
      if (seen === undefined) values[key] = value;
      else if (seen !== value && JSON.stringify(seen) !== JSON.stringify(value)) {
        addIssue(row, key, 'import.household-conflict', `同一户的各行填写不一致：本行为“${String(value)}”，前面的行为“${String(values[key])}”，请统一`);
      }
    }
    for (const key of ['county', 'town', 'village', 'group'] as const) {
      const value = row.location[key];
      if (value === null) continue;
      if (location[key] === null) location[key] = value;
      else if (location[key] !== value) addIssue(row, key, 'import.household-conflict', `同一户的各行所在地不一致：本行为“${value}”，前面的行为“${location[key]}”`);
    }
  }
  return { values, location };
}

function planHousehold(db: Db, lookup: LedgerLookup, householdNo: string, rows: MemberImportRow[]): HouseholdPlan {
  const existing = resolveHousehold(lookup, rows);
  const existingId = existing?.id ?? null;
  const { values, location } = mergeHousehold(rows);
  const valid = rows.filter((r) => r.errors.length === 0);
  const current = existing as unknown as Record<string, FieldValue> | null;
  const changes = compareValues('household', current, values);
  if (existing && location.village && location.village !== existing.village) changes.push({ key: 'village', label: '村', old: existing.village, new: location.village });
  if (existing && location.group && location.group !== existing.group) changes.push({ key: 'group', label: '组', old: existing.group, new: location.group });
  if (!existing) {
    if (!values.householdType) for (const r of valid) addIssue(r, '户类型', 'import.new-household-needs-type', `户编号 ${householdNo} 是新户，必须填写户类型（脱贫户、脱贫不享受政策户或一般农户）`);
    if (!location.village) for (const r of valid) addIssue(r, '村', 'import.new-household-needs-village', `户编号 ${householdNo} 是新户，必须填写所在村`);
  }

  const members: MemberPlan[] = [];
  const listed = new Set<string>();
  for (const row of rows.filter((r) => r.errors.length === 0)) {
    const idNo = row.member.idNo as string;
    listed.add(idNo);
    const member = lookup.member(idNo);
    const memberId = member?.id ?? null;
    // A new member's fields are not listed as changes (the change is the new member itself).
    const changes = member ? compareValues('member', member as unknown as Record<string, FieldValue>, row.member) : [];
    const movedFrom = member && member.householdId !== existingId ? member.householdNo : null;
    if (movedFrom) changes.push({ key: 'householdNo', label: '户编号', old: movedFrom, new: householdNo });
    const outcome = !member ? 'inserted' : changes.length > 0 ? 'updated' : 'unchanged';
    members.push({ row, existingId: memberId, movedFrom, changes, outcome });
  }
  const missing = existingId === null ? [] : lookup.membersInHousehold(existingId).filter((m) => !listed.has(m.idNo));
  return { householdNo: existing?.householdNo ?? householdNo, existingId, location, values, changes, members, missing };
}

export function planMemberImport(db: Db, rows: MemberImportRow[]): MemberImportPlan {
  markDuplicates(rows);
  const lookup = new LedgerLookup(db, rows);
  const groups = new Map<string, MemberImportRow[]>();
  for (const row of rows) {
    const key = groupKey(row);
    if (key === null) continue;
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  const households: HouseholdPlan[] = [];
  for (const [key, groupRows] of groups) {
    const householdNo = key.startsWith('no:') ? key.slice(3) : (groupRows.find((r) => r.householdNo)?.householdNo ?? '');
    if (householdNo === '' && resolveHousehold(lookup, groupRows) === null) {
      for (const r of groupRows) addIssue(r, '户编号', 'import.new-household-needs-number', '台账中没有以该户主证件号码登记的户，新户必须填写户编号');
      continue;
    }
    households.push(planHousehold(db, lookup, householdNo, groupRows));
  }
  const outcomes = new Map<MemberImportRow, RowOutcome>();
  for (const row of rows) outcomes.set(row, 'rejected');
  for (const plan of households) {
    plan.members = plan.members.filter((m) => m.row.errors.length === 0);
    plan.members.forEach((m, index) => {
      const householdChanged = index === 0 && (plan.existingId === null || plan.changes.length > 0);
      const outcome = m.outcome === 'unchanged' && householdChanged ? 'updated' : m.outcome;
      outcomes.set(m.row, outcome);
    });
  }
  return { households: households.filter((h) => h.members.length > 0), rows, outcomes };
}
