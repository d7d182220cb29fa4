/**
 * Planning a department list import (民政 · 医保 · 残联): the file is that department's whole list,
 * so it replaces the stored one — a person in the file is inserted or updated, a person stored but
 * not in the file is removed. Written through the mutation path, so undoing the import puts the
 * previous list back. A file without one valid row changes nothing (an empty or unreadable list
 * must not wipe the stored one). On the 民政 list one person may appear on several rows (低保 and
 * 临时救助): the types are merged; on the other lists a repeated 证件号码 is an error.
 */
import type { ImportChange } from '../../shared/api/imports-contract';
import type { Db } from '../db/open';
import type { FieldChange } from './compare';
import type { Department, DepartmentImportRow } from './department-rows';
import type { ImportPlan } from './plan';
import type { ImportRowBase, RowOutcome } from './row-issue';

interface Stored {
  id: number;
  idNo: string;
  name: string | null;
  kind: string | null;
  detail: string | null;
  startDate: string | null;
}

interface Next {
  rows: DepartmentImportRow[];
  idNo: string;
  name: string | null;
  kind: string | null;
  detail: string | null;
  startDate: string | null;
}

const LABELS: Record<Department, { kind: string; detail: string }> = {
  民政: { kind: '救助类型', detail: '—' },
  医保: { kind: '参保险种', detail: '参保状态' },
  残联: { kind: '残疾类别', detail: '残疾等级' },
};

function shownKind(department: Department, kind: string | null): string | null {
  return department === '民政' && kind !== null ? (JSON.parse(kind) as string[]).join('、') : kind;
}

function merged(department: Department, rows: DepartmentImportRow[]): Map<string, Next> {
  const people = new Map<string, Next>();
  for (const row of rows) {
    if (row.errors.length > 0 || row.idNo === null) continue;
    const known = people.get(row.idNo);
    if (known && department !== '民政') {
      row.errors.push({ sheet: row.sheet, row: row.row, column: row.headers.idNo ?? '证件号码', code: 'import.duplicate-in-file', message: `证件号码 ${row.idNo} 在文件中出现两次（另见第 ${known.rows[0]!.row} 行），请只保留一行` });
      continue;
    }
    if (known) {
      const types = new Set([...(JSON.parse(known.kind ?? '[]') as string[]), ...(row.kind as string[])]);
      known.kind = JSON.stringify(['低保', '特困', '临时救助'].filter((t) => types.has(t)));
      known.startDate ??= row.startDate;
      known.rows.push(row);
      continue;
    }
    const kind = department === '民政' ? JSON.stringify(row.kind) : (row.kind as string | null);
    people.set(row.idNo, { rows: [row], idNo: row.idNo, name: row.name, kind, detail: row.detail, startDate: row.startDate });
  }
  return people;
}

export function planDepartmentImport(db: Db, department: Department, rows: DepartmentImportRow[]): ImportPlan {
  const stored = new Map(
    (db.prepare('SELECT id, id_no AS idNo, name, kind, detail, start_date AS startDate FROM department_lists WHERE department = ?').all(department) as Stored[]).map((s) => [s.idNo, s]),
  );
  const ledgerPerson = db.prepare('SELECT h.household_no AS householdNo, v.name AS village FROM members m JOIN households h ON h.id = m.household_id LEFT JOIN admin_units v ON v.id = h.village_id WHERE m.id_no = ?');
  const people = merged(department, rows);
  const outcomes = new Map<ImportRowBase, RowOutcome>(rows.map((r) => [r, r.errors.length > 0 ? 'rejected' : 'unchanged']));
  const changes: ImportChange[] = [];
  const writes: ((m: Parameters<ImportPlan['apply']>[0]) => void)[] = [];
  const labels = LABELS[department];
  const where = (idNo: string) => (ledgerPerson.get(idNo) as { householdNo: string; village: string | null } | undefined) ?? { householdNo: '', village: null };

  for (const next of people.values()) {
    const old = stored.get(next.idNo);
    const fields: FieldChange[] = [];
    const compare = (key: 'name' | 'kind' | 'detail' | 'startDate', label: string, shown: (v: string | null) => string | null = (v) => v) => {
      const before = old ? old[key] : null;
      if (next[key] !== before && (next[key] !== null || old === undefined)) fields.push({ key, label, old: shown(before), new: shown(next[key]) });
    };
    compare('name', '姓名');
    compare('kind', labels.kind, (v) => shownKind(department, v));
    if (department !== '民政') compare('detail', labels.detail);
    compare('startDate', '起始时间');
    const outcome: RowOutcome = old === undefined ? 'inserted' : fields.length > 0 ? 'updated' : 'unchanged';
    for (const row of next.rows) outcomes.set(row, outcome);
    if (outcome === 'unchanged') continue;
    changes.push({ kind: old === undefined ? 'new-list-entry' : 'list-entry-changed', ...where(next.idNo), name: next.name ?? old?.name ?? null, idNo: next.idNo, row: next.rows[0]!.row, fields });
    const values = { name: next.name ?? old?.name ?? null, kind: next.kind ?? old?.kind ?? null, detail: next.detail ?? (department === '民政' ? null : old?.detail ?? null), startDate: next.startDate ?? old?.startDate ?? null };
    writes.push((m) => (old === undefined ? m.insert('department_lists', { department, idNo: next.idNo, ...values }) : m.update('department_lists', old.id, values)));
  }
  if (people.size > 0) {
    for (const old of stored.values()) {
      if (people.has(old.idNo)) continue;
      changes.push({ kind: 'list-entry-removed', ...where(old.idNo), name: old.name, idNo: old.idNo, row: null, fields: [{ key: 'kind', label: labels.kind, old: shownKind(department, old.kind), new: null }] });
      writes.push((m) => m.delete('department_lists', old.id));
    }
  }
  // Households of the ledger the list names: changed when one of their people joins, changes or leaves the list.
  const changed = new Set(changes.map((c) => c.householdNo).filter((n) => n !== ''));
  const named = new Set([...people.keys()].map((idNo) => where(idNo).householdNo).filter((n) => n !== '' && !changed.has(n)));
  return {
    rows,
    outcomes,
    changes,
    households: { new: 0, changed: changed.size, unchanged: named.size },
    missingMembers: 0,
    apply(m) {
      for (const write of writes) write(m);
      return new Set<number>();
    },
  };
}
