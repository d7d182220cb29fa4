/**
 * A grid paste (fill down, clearing a selection) as ONE change set: many records, many fields, one
 * undo step. Each record's patch is validated as a single cell edit would be (shared parsers,
 * read-only fields refused, one 证件号码 per person); a refused record is reported with its Chinese
 * reason and left untouched, the others are written together. The person-key check runs inside
 * the transaction after the earlier rows of the same paste, so two pasted rows cannot both take
 * one 证件号码.
 */
import { ApiError } from '../../shared/api/errors';
import type { FieldValue, RecordKind } from '../../shared/domain/records';
import { getHousehold } from './households';
import { getMember } from './members';
import { mutate } from './mutate';
import type { Db } from './open';
import { assertPersonFree, validatePatch } from './record-writes';

type Patch = Record<string, FieldValue>;

export interface RecordPatch {
  id: number;
  patch: Patch;
}

export interface PatchProblem {
  id: number;
  fields: string[];
  message: string;
}

const TABLE = { household: 'households', member: 'members' } as const;
const KIND_LABEL: Record<RecordKind, string> = { household: '户信息', member: '家庭成员' };

function exists(db: Db, kind: RecordKind, id: number): boolean {
  return kind === 'household' ? getHousehold(db, id) !== undefined : getMember(db, id) !== undefined;
}

/** Thrown inside the transaction to roll back a paste that changed nothing: no empty undo step. */
class NothingChanged extends Error {}

function problemOf(id: number, patch: Patch, error: unknown): PatchProblem {
  if (error instanceof ApiError) return { id, fields: Object.keys(patch), message: error.message };
  throw error;
}

export function patchMany(db: Db, actor: string, kind: RecordKind, patches: readonly RecordPatch[], label?: string) {
  const problems: PatchProblem[] = [];
  let changedCells = 0;
  const changedIds: number[] = [];
  const cells = patches.reduce((n, p) => n + Object.keys(p.patch).length, 0);
  const changeLabel = label ?? `粘贴 ${cells} 个单元格（${KIND_LABEL[kind]}）`;
  try {
    mutate(db, { actor, source: 'edit', label: changeLabel }, (m) => {
      for (const { id, patch } of patches) {
        if (!exists(db, kind, id)) {
          problems.push({ id, fields: Object.keys(patch), message: '找不到这条记录，可能已被删除，请刷新后重试' });
          continue;
        }
        let values: Patch;
        try {
          values = validatePatch(kind, patch);
          if (kind === 'member' && typeof values.idNo === 'string') assertPersonFree(db, values.idNo, id);
        } catch (error) {
          problems.push(problemOf(id, patch, error));
          continue;
        }
        const changed = m.update(TABLE[kind], id, values);
        if (changed.length > 0) changedIds.push(id);
        changedCells += changed.filter((key) => key in patch).length;
      }
      if (changedIds.length === 0) throw new NothingChanged();
    });
  } catch (error) {
    if (!(error instanceof NothingChanged)) throw error;
  }
  const rows = changedIds.map((id) => (kind === 'household' ? getHousehold(db, id) : getMember(db, id))).filter((row) => row !== undefined);
  return { rows, problems, changedCells };
}

