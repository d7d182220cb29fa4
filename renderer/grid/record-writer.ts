/**
 * The paste writer of the 户信息 and 家庭成员 grids: cells are parsed by the shared field parsers
 * (the same the cell editor and the server run) and written by `records.patchMany`.
 */
import { parseFieldValue } from '../../shared/domain/field-values';
import { fieldSpec, type RecordKind } from '../../shared/domain/records';
import { api } from '../api/client';
import type { LedgerRecord } from './column-defs';
import type { GridWriter } from './grid-writes';

export function recordWriter<T extends LedgerRecord>(kind: RecordKind, describe: (row: T) => string): GridWriter<T> {
  return {
    parse(colId, raw) {
      const spec = fieldSpec(kind, colId);
      if (spec === undefined || !spec.editable) return undefined;
      return parseFieldValue(spec, raw);
    },
    async patchMany(patches, label) {
      const result = await api.call('records.patchMany', { kind, patches, label });
      return { ...result, rows: result.rows as unknown as T[] };
    },
    describe,
  };
}
