/**
 * The ledger tables the mutation path may write, with the field key -> SQL column map of each.
 * Household and member columns come from the shared field specs, so a field added there is
 * writable here without a second list; the keys below are the structural columns.
 */
import { storedFields } from '../../shared/domain/records';

export interface TableSpec {
  columns: Record<string, string>;
  /** Keys whose values are sets stored as JSON arrays. */
  sets: readonly string[];
  /** Has created_at / updated_at. */
  timestamps: boolean;
}

function fromSpecs(kind: 'household' | 'member'): Record<string, string> {
  return Object.fromEntries(storedFields(kind).map((f) => [f.key, f.column as string]));
}

export type TableName = 'admin_units' | 'households' | 'members';

export const TABLES: Record<TableName, TableSpec> = {
  admin_units: {
    columns: { level: 'level', name: 'name', code: 'code', parentId: 'parent_id' },
    sets: [],
    timestamps: false,
  },
  households: {
    columns: { ...fromSpecs('household'), villageId: 'village_id', groupId: 'group_id', memberCountStated: 'member_count_stated' },
    sets: ['risks'],
    timestamps: true,
  },
  members: {
    columns: { ...fromSpecs('member'), householdId: 'household_id' },
    sets: ['health'],
    timestamps: true,
  },
};
