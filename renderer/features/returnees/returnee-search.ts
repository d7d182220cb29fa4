/**
 * Quick search over the 返乡回流 list the server answered whole: a case matches when its 姓名,
 * 证件号码 or 户编号 contains the typed text (a lower-case x in an ID matches the stored X).
 */
import type { ReturneeCase } from '../../../shared/api/employment-contract';

export function matchesSearch(row: Pick<ReturneeCase, 'name' | 'idNo' | 'householdNo'>, search: string): boolean {
  const text = search.trim().toUpperCase();
  return text === '' || row.name.includes(text) || row.idNo.includes(text) || row.householdNo.includes(text);
}
