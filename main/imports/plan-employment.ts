/**
 * Planning the employment imports against the ledger (the ImportPlan shape of plan.ts):
 *   - 就业台账: one record per labourer × 填报月份; written through writeEmployment, so 务工区域 is
 *     derived from the workplace and the 返乡回流 rule runs inside the import's change set (an
 *     undone import takes its cases with it);
 *   - 季度需求表: the needs at the quarter's start; a row that says what the ledger already says is
 *     unchanged, a different one is written to the record of the quarter's first month;
 *   - 返乡回流跟踪台账: a case is the labourer's case with the same month of return.
 * The 人社反馈 is planned in plan-services.ts. People are found by 证件号码 and must be in the
 * ledger; a different 姓名 is a warning.
 */
import type { ImportChange } from '../../shared/api/imports-contract';
import type { EmploymentValues } from '../../shared/api/employment-contract';
import { formatFen } from '../../shared/domain/money';
import type { FieldValue } from '../../shared/domain/records';
import { EMPLOYMENT_TEMPLATE, NEEDS_SHEET_TEMPLATE, RETURNEES_TEMPLATE } from '../../shared/templates/employment';
import { storedEmployment, withDerivedRegion, writeEmployment } from '../db/employment';
import type { Mutation } from '../db/mutate';
import type { Db } from '../db/open';
import { returnDay } from '../db/returnees';
import { currentPolicy, labourerCondition } from '../employment/labourers';
import { spanOf } from '../employment/needs';
import type { FieldChange } from './compare';
import type { EmploymentImportRow, NeedsImportRow, PersonRow, ReturneeImportRow } from './employment-rows';
import type { ImportPlan } from './plan';
import type { ImportRowBase, RowOutcome } from './row-issue';

export interface Person {
  memberId: number;
  name: string;
  householdNo: string;
  village: string;
  villageId: number;
}

export function personFinder(db: Db): (row: PersonRow) => Person | null {
  const stmt = db.prepare(
    `SELECT m.id AS memberId, m.name, h.household_no AS householdNo, v.name AS village, v.id AS villageId
     FROM members m JOIN households h ON h.id = m.household_id JOIN admin_units v ON v.id = h.village_id WHERE m.id_no = ?`,
  );
  return (row) => {
    if (row.idNo === null) return null;
    const person = stmt.get(row.idNo) as Person | undefined;
    if (!person) {
      row.errors.push({ sheet: row.sheet, row: row.row, column: row.headers.idNo ?? '证件号码', code: 'import.unknown-person', message: `台账中没有证件号码为 ${row.idNo} 的成员：请先导入家庭成员信息表，或核对号码` });
      return null;
    }
    if (row.name !== null && row.name !== person.name) {
      row.warnings.push({ sheet: row.sheet, row: row.row, column: row.headers.name ?? '姓名', code: 'import.name-differs', message: `证件号码 ${row.idNo} 在台账中是“${person.name}”，本行写的是“${row.name}”，以台账为准` });
    }
    return person;
  };
}

function labelOf(template: { columns: readonly { key: string; header: string }[] }, key: string): string {
  const aliases: Record<string, string> = { monthlyWageFen: 'monthlyWage', transportSubsidyFen: 'transportSubsidy' };
  return template.columns.find((c) => c.key === (aliases[key] ?? key))?.header ?? key;
}

/** Fields of `next` that differ from `old` (only the fields the row gives). */
export function diff(template: { columns: readonly { key: string; header: string }[] }, old: Record<string, unknown> | undefined, next: Record<string, unknown>): FieldChange[] {
  const out: FieldChange[] = [];
  // The change list is for reading: money shows in 元 (12345.60), as the clerk typed it.
  const shown = (key: string, value: FieldValue): FieldValue => (key.endsWith('Fen') && typeof value === 'number' ? formatFen(value) : value);
  for (const [key, value] of Object.entries(next)) {
    const before = (old?.[key] ?? null) as FieldValue;
    if (before !== value) out.push({ key, label: labelOf(template, key), old: shown(key, before), new: shown(key, value as FieldValue) });
  }
  return out;
}

export interface Entry {
  row: ImportRowBase;
  person: Person;
  outcome: Exclude<RowOutcome, 'rejected'>;
  changes: FieldChange[];
  write: (m: Mutation) => void;
  /** Sort key so months are written in order (the returnee rule reads them in order). */
  order: string;
  kind: ImportChange['kind'];
}

function rejectDuplicate<T extends ImportRowBase>(seen: Map<string, T>, key: string, row: T, message: (first: T) => string): boolean {
  const first = seen.get(key);
  if (first) {
    row.errors.push({ sheet: row.sheet, row: row.row, column: '证件号码', code: 'import.duplicate-in-file', message: message(first) });
    return true;
  }
  seen.set(key, row);
  return false;
}

/** The ImportPlan of a list of entries; rows without an entry are rejected. */
export function planOf(rows: ImportRowBase[], entries: Entry[]): ImportPlan {
  const outcomes = new Map<ImportRowBase, RowOutcome>(rows.map((r) => [r, 'rejected']));
  for (const e of entries) outcomes.set(e.row, e.row.errors.length > 0 ? 'rejected' : e.outcome);
  const valid = entries.filter((e) => e.row.errors.length === 0);
  const households = new Set(valid.map((e) => e.person.householdNo));
  const changed = new Set(valid.filter((e) => e.outcome !== 'unchanged').map((e) => e.person.householdNo));
  return {
    rows,
    outcomes,
    changes: valid
      .filter((e) => e.outcome !== 'unchanged')
      .map((e) => ({ kind: e.kind, householdNo: e.person.householdNo, village: e.person.village, name: e.person.name, idNo: (e.row as PersonRow).idNo, row: e.row.row, fields: e.changes })),
    households: { new: 0, changed: changed.size, unchanged: households.size - changed.size },
    missingMembers: 0,
    apply(m) {
      const villages = new Set<number>();
      for (const e of [...valid].sort((a, b) => a.order.localeCompare(b.order))) {
        villages.add(e.person.villageId);
        if (e.outcome !== 'unchanged') e.write(m);
      }
      return villages;
    },
  };
}

export function planEmploymentImport(db: Db, rows: EmploymentImportRow[]): ImportPlan {
  const find = personFinder(db);
  const labourerStmt = db.prepare(`SELECT 1 FROM members m JOIN households h ON h.id = m.household_id WHERE m.id = ? AND ${labourerCondition(currentPolicy(db))}`);
  const isLabourer = (memberId: number) => labourerStmt.get(memberId) !== undefined;
  const seen = new Map<string, EmploymentImportRow>();
  const entries: Entry[] = [];
  for (const row of rows) {
    if (row.errors.length > 0 || row.month === null) continue;
    const person = find(row);
    if (!person) continue;
    const month = row.month;
    if (rejectDuplicate(seen, `${person.memberId}|${month}`, row, (first) => `${person.name} 的 ${month} 务工情况在文件中出现两次（另见第 ${first.row} 行），请只保留一行`)) continue;
    const old = storedEmployment(db, person.memberId, month) as Record<string, unknown> | undefined;
    if (!isLabourer(person.memberId)) {
      row.warnings.push({ sheet: row.sheet, row: row.row, column: row.headers.idNo ?? '证件号码', code: 'import.not-labourer', message: `${person.name} 按台账信息不是脱贫劳动力（年龄、劳动技能、在校或成员状态不符），仍按报表记录务工情况，请核对成员信息` });
    }
    const given = row.values as EmploymentValues;
    const derived = withDerivedRegion(db, person.memberId, { ...(old as EmploymentValues | undefined), ...given });
    const next: Record<string, unknown> = { ...given };
    if (derived.region && derived.region !== (given.region ?? old?.region ?? null)) {
      if (given.region) row.warnings.push({ sheet: row.sheet, row: row.row, column: row.headers.region ?? '务工区域', code: 'import.region-differs', message: `务工区域填的是“${given.region}”，按务工地应为“${derived.region}”，以务工地为准` });
      next.region = derived.region;
    }
    if ((next.employed ?? old?.employed) === '是' && !(next.region ?? old?.region)) {
      row.warnings.push({ sheet: row.sheet, row: row.row, column: row.headers.region ?? '务工区域', code: 'import.employed-no-region', message: '已务工但没有务工区域，也无法从务工地判断，请补填' });
    }
    const changes = diff(EMPLOYMENT_TEMPLATE, old, next);
    entries.push({
      row,
      person,
      outcome: !old ? 'inserted' : changes.length > 0 ? 'updated' : 'unchanged',
      changes,
      order: `${month}|${row.row}`,
      kind: old ? 'employment-changed' : 'new-employment',
      write: (m) => writeEmployment(db, m, person.memberId, month, next as EmploymentValues),
    });
  }
  return planOf(rows, entries);
}

export function planNeedsImport(db: Db, rows: NeedsImportRow[]): ImportPlan {
  const find = personFinder(db);
  const latest = db.prepare('SELECT max(month) AS month FROM employment_records WHERE member_id = ? AND month <= ?');
  const seen = new Map<string, NeedsImportRow>();
  const entries: Entry[] = [];
  for (const row of rows) {
    if (row.errors.length > 0 || row.quarter === null) continue;
    const person = find(row);
    if (!person) continue;
    const span = spanOf(row.quarter);
    if (rejectDuplicate(seen, `${person.memberId}|${span.quarter}`, row, (first) => `${person.name} 在文件中出现两次（另见第 ${first.row} 行），请只保留一行`)) continue;
    const asOf = (latest.get(person.memberId, span.firstMonth) as { month: string | null }).month;
    const stored = asOf ? (storedEmployment(db, person.memberId, asOf) as Record<string, unknown>) : undefined;
    // The sheet cannot say "unknown": a need not recorded reads as 否.
    const current = stored ? { ...stored, jobNeed: stored.jobNeed ?? '否', trainingNeed: stored.trainingNeed ?? '否' } : undefined;
    const changes = diff(NEEDS_SHEET_TEMPLATE, current, row.values);
    const target = storedEmployment(db, person.memberId, span.firstMonth);
    entries.push({
      row,
      person,
      outcome: changes.length === 0 ? 'unchanged' : target ? 'updated' : 'inserted',
      changes: changes.map((c) => ({ ...c, label: c.key === 'jobNeed' ? '就业需求' : c.key === 'trainingNeed' ? '培训需求' : c.label })),
      order: `${span.firstMonth}|${row.row}`,
      kind: target ? 'employment-changed' : 'new-employment',
      write: (m) => writeEmployment(db, m, person.memberId, span.firstMonth, row.values as EmploymentValues),
    });
  }
  return planOf(rows, entries);
}

export function planReturneesImport(db: Db, rows: ReturneeImportRow[]): ImportPlan {
  const find = personFinder(db);
  const cases = db.prepare('SELECT * FROM returnee_cases WHERE member_id = ? ORDER BY id');
  const seen = new Map<string, ReturneeImportRow>();
  const entries: Entry[] = [];
  for (const row of rows) {
    const returnDate = row.values.returnDate as string | undefined;
    if (row.errors.length > 0 || returnDate === undefined) continue;
    const person = find(row);
    if (!person) continue;
    const month = returnDate.slice(0, 7);
    if (rejectDuplicate(seen, `${person.memberId}|${month}`, row, (first) => `${person.name} ${month} 的返乡记录在文件中出现两次（另见第 ${first.row} 行），请只保留一行`)) continue;
    const stored = (cases.all(person.memberId) as Record<string, unknown>[]).find((c) => String(c.return_date).slice(0, 7) === month);
    const old = stored ? Object.fromEntries(Object.entries(stored).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v])) : undefined;
    const next = { ...row.values };
    // A month-only 返乡时间 of the file matches a case dated within that month: keep the case's date.
    if (old && returnDay(String(old.returnDate)).slice(0, 7) === month && String(next.returnDate).length === 7) delete next.returnDate;
    const reemploy = (next.reemployDate ?? old?.reemployDate) as string | null | undefined;
    if (reemploy && returnDay(reemploy) < returnDay(returnDate)) {
      row.errors.push({ sheet: row.sheet, row: row.row, column: row.headers.reemployDate ?? '再就业时间', code: 'import.reemploy-before-return', message: `再就业时间 ${reemploy} 早于返乡时间 ${returnDate}，请核对` });
      continue;
    }
    const changes = diff(RETURNEES_TEMPLATE, old, next);
    entries.push({
      row,
      person,
      outcome: !old ? 'inserted' : changes.length > 0 ? 'updated' : 'unchanged',
      changes,
      order: `${month}|${row.row}`,
      kind: old ? 'returnee-changed' : 'new-returnee',
      write: (m) => {
        if (old) m.update('returnee_cases', Number(old.id), next);
        else m.insert('returnee_cases', { originRegion: '省外回流', status: '跟踪中', ...next, memberId: person.memberId, source: '导入' });
      },
    });
  }
  return planOf(rows, entries);
}
