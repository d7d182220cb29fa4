/**
 * The stored department lists (migration 0010) as the checks' DepartmentLists, read once per run.
 * A department that never sent a list is null, so its rules stay silent instead of reporting every
 * member as missing from it. A 医保 entry whose 参保状态 says it stopped (停保, 终止, 暂停, 中止, 退保)
 * does not count as insured. An incremental run reads only the entries of its households' members.
 */
import type { DepartmentLists } from '../../shared/domain/checks';
import type { Db } from '../db/open';

/** The columns the checks read of a list entry (load.ts lists them for the bench floor). */
export const DEPARTMENT_COLUMNS = 'department, id_no AS idNo, kind, detail';

const NOT_INSURED = /停|终止|中止|暂停|退保|注销/;

interface Entry {
  department: '民政' | '医保' | '残联';
  idNo: string;
  kind: string | null;
  detail: string | null;
}

export function loadDepartmentLists(db: Db, householdIds?: readonly number[]): DepartmentLists {
  const present = new Set((db.prepare('SELECT DISTINCT department FROM department_lists').all() as { department: string }[]).map((r) => r.department));
  const assistance = present.has('民政') ? new Map<string, readonly string[]>() : null;
  const insured = present.has('医保') ? new Set<string>() : null;
  const disability = present.has('残联') ? new Map<string, string | null>() : null;
  const select = `SELECT ${DEPARTMENT_COLUMNS} FROM department_lists`;
  const entries =
    householdIds === undefined
      ? db.prepare(select).iterate()
      : db.prepare(`${select} WHERE id_no IN (SELECT id_no FROM members WHERE household_id IN (SELECT value FROM json_each(?)))`).iterate(JSON.stringify(householdIds));
  for (const e of entries as IterableIterator<Entry>) {
    if (e.department === '民政') assistance?.set(e.idNo, e.kind ? (JSON.parse(e.kind) as string[]) : []);
    else if (e.department === '医保') {
      if (!NOT_INSURED.test(e.detail ?? '')) insured?.add(e.idNo);
    } else disability?.set(e.idNo, e.kind);
  }
  return { assistance, insured, disability };
}
