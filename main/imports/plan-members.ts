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
import type { Statement } from '../db/driver';
import type { HouseholdRow, MemberRow } from '../../shared/api/contract';
import { HOUSEHOLD_SOURCE, toHouseholdRow } from '../db/households';
import { rowsByKeys } from '../db/list-query';
import { MEMBER_SOURCE, toMemberRow } from '../db/members';
import type { Db } from '../db/open';
import { compareValues, type FieldChange } from './compare';
import type { Location, MemberImportRow, RowIssue } from './member-rows';

/**
 * The ledger records an import touches, loaded in bulk up front (one query per few thousand keys
 * instead of one per row): members by 证件号码, households by 户编号 and by id.
 */
class LedgerLookup {
  private readonly members = new Map<string, MemberRow>();
  private readonly householdsByNo = new Map<string, HouseholdRow>();
  private readonly householdsById = new Map<number, HouseholdRow>();
  private readonly inHousehold: Statement;
  private readonly statedCount: Statement;

  constructor(db: Db, rows: MemberImportRow[]) {
    this.inHousehold = db.prepare("SELECT id, name, id_no AS idNo FROM members WHERE household_id = ? AND status = '在户' ORDER BY id");
    this.statedCount = db.prepare('SELECT member_count_stated AS n FROM households WHERE id = ?');
    const ids = new Set<string>();
    const numbers = new Set<string>();
    for (const r of rows) {
      if (typeof r.member.idNo === 'string') ids.add(r.member.idNo);
      if (r.headIdNo) ids.add(r.headIdNo);
      if (r.householdNo) numbers.add(r.householdNo);
    }
    for (const raw of rowsByKeys(db, MEMBER_SOURCE, 'm.id_no', [...ids])) {
      const member = toMemberRow(raw);
      this.members.set(member.idNo, member);
    }
    const householdIds = new Set([...this.members.values()].map((m) => m.householdId));
    this.addHouseholds(rowsByKeys(db, HOUSEHOLD_SOURCE, 'h.household_no', [...numbers]));
    this.addHouseholds(rowsByKeys(db, HOUSEHOLD_SOURCE, 'h.id', [...householdIds]));
  }

  private addHouseholds(raws: ReturnType<typeof rowsByKeys>): void {
    for (const raw of raws) {
      const household = toHouseholdRow(raw);
      this.householdsByNo.set(household.householdNo, household);
      this.householdsById.set(household.id, household);
    }
  }

  member(idNo: string): MemberRow | null {
    return this.members.get(idNo) ?? null;
  }

  householdByNo(householdNo: string): HouseholdRow | null {
    return this.householdsByNo.get(householdNo) ?? null;
  }

  householdById(id: number): HouseholdRow | null {
    return this.householdsById.get(id) ?? null;
  }


  membersInHousehold(householdId: number): { id: number; name: string; idNo: string }[] {
    return this.inHousehold.all(householdId) as { id: number; name: string; idNo: string }[];
  }

  memberCountStated(householdId: number): number | null {
    return (this.statedCount.get(householdId) as { n: number | null } | undefined)?.n ?? null;
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

function resolveHousehold(lookup: LedgerLookup, rows: MemberImportRow[]): HouseholdRow | null {
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
      if (values[key] === undefined) values[key] = value;
      else if (JSON.stringify(values[key]) !== JSON.stringify(value)) {
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
  const current: Record<string, FieldValue> | null = existing
    ? { ...existing, memberCountStated: lookup.memberCountStated(existing.id) }
    : null;
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
    const changes = compareValues('member', member as unknown as Record<string, FieldValue> | null, row.member);
    const movedFrom = member && member.householdId !== existingId ? member.householdNo : null;
    if (movedFrom) changes.push({ key: 'householdNo', label: '户编号', old: movedFrom, new: householdNo });
    const outcome = !member ? 'inserted' : changes.length > 0 ? 'updated' : 'unchanged';
    members.push({ row, existingId: memberId, movedFrom, changes: member ? changes : [], outcome });
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
