/**
 * A paste into the 收支 grid as ONE change set (one undo step): money cells of many income records.
 * Each record is checked as a single cell save would be (upsertIncome's amount rules); a refused
 * record is reported and left untouched, the others are written together. A paste that changes
 * nothing leaves no empty undo step.
 */
import { ApiError } from '../../shared/api/errors';
import { getIncome, upsertIncome, type IncomeRow } from './income';
import { mutate } from './mutate';
import type { Db } from './open';
import type { PatchProblem } from './patch-many';

type IncomeValues = Parameters<typeof upsertIncome>[4];

class NothingChanged extends Error {}

export function patchIncomeMany(db: Db, actor: string, patches: readonly { id: number; patch: IncomeValues }[], label?: string) {
  const problems: PatchProblem[] = [];
  const changedIds = new Set<number>();
  let changedCells = 0;
  const cells = patches.reduce((n, p) => n + Object.keys(p.patch).length, 0);
  try {
    mutate(db, { actor, source: 'edit', label: label ?? `粘贴 ${cells} 个单元格（收支）` }, (m) => {
      for (const { id, patch } of patches) {
        const before = getIncome(db, id);
        if (before === undefined) {
          problems.push({ id, fields: Object.keys(patch), message: '找不到这条收支记录，可能已被删除，请刷新后重试' });
          continue;
        }
        try {
          upsertIncome(db, m, before.householdId, before.period, patch);
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          problems.push({ id, fields: Object.keys(patch), message: error.message });
          continue;
        }
        const after = getIncome(db, id) as IncomeRow;
        const changed = Object.keys(patch).filter((key) => before[key as keyof IncomeRow] !== after[key as keyof IncomeRow]).length;
        if (changed > 0) changedIds.add(id);
        changedCells += changed;
      }
      if (changedIds.size === 0) throw new NothingChanged();
    });
  } catch (error) {
    if (!(error instanceof NothingChanged)) throw error;
  }
  const rows = [...changedIds]
    .map((id) => getIncome(db, id))
    .filter((row) => row !== undefined)
    .map((row): Record<string, unknown> => ({ ...row }));
  return { rows, problems, changedCells };
}
