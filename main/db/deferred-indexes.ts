/**
 * Bulk writes without per-row index maintenance: drop the secondary indexes of the tables a batch
 * fills, write, and re-create each index from its own stored SQL (one sort per index instead of
 * one random B-tree insert per row and index). Used by the demo seed and by a large import.
 *
 * Invariants: only plain non-unique indexes made by CREATE INDEX are dropped (UNIQUE indexes and
 * constraints stay: they are checks, not just speed); it runs only inside an open transaction,
 * so a failure or a crash rolls the drop back with the writes and the indexes are never lost.
 * Nothing inside `work` may rely on a dropped index for more than speed (lookups still work,
 * they scan instead).
 */
import type { Db } from './open';

interface StoredIndex {
  name: string;
  sql: string;
}

/**
 * A table is worth filling without its indexes when the batch adds at least this many rows and
 * at least as many as it already holds (re-sorting a big table for a few rows costs more).
 */
export const BULK_MIN_ROWS = 20_000;

/** Secondary indexes of `tables` that may be dropped and rebuilt: non-unique, from CREATE INDEX. */
export function secondaryIndexes(db: Db, tables: readonly string[]): StoredIndex[] {
  const out: StoredIndex[] = [];
  const list = db.prepare('SELECT name, "unique" AS isUnique, origin FROM pragma_index_list(?)');
  const sqlOf = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?").pluck();
  for (const table of tables) {
    for (const index of list.all(table) as { name: string; isUnique: number; origin: string }[]) {
      if (index.isUnique !== 0 || index.origin !== 'c') continue;
      const sql = sqlOf.get(index.name) as string | null | undefined;
      if (sql) out.push({ name: index.name, sql });
    }
  }
  return out;
}

/** Tables of `newRows` for which a bulk write pays: new rows ≥ max(minRows, rows already there). */
export function bulkTables(db: Db, newRows: Readonly<Record<string, number>>, minRows = BULK_MIN_ROWS): string[] {
  return Object.entries(newRows)
    .filter(([table, n]) => {
      if (n < minRows) return false;
      // max(rowid) bounds the row count from above in O(log n), where count(*) reads the table.
      const existing = db.prepare(`SELECT ifnull(max(rowid), 0) FROM "${table.replace(/"/g, '""')}"`).pluck().get() as number;
      return n >= existing;
    })
    .map(([table]) => table);
}

/** Run `work` with the secondary indexes of `tables` dropped; they are re-created before returning. */
export function withDeferredIndexes<T>(db: Db, tables: readonly string[], work: () => T): T {
  if (tables.length === 0) return work();
  if (!db.inTransaction) throw new Error('withDeferredIndexes() must run inside a transaction');
  const indexes = secondaryIndexes(db, tables);
  // Index names come from sqlite_schema, never from input; DDL takes no bound parameters.
  for (const index of indexes) db.exec('DROP INDEX "' + index.name.replace(/"/g, '""') + '"');
  const result = work();
  for (const index of indexes) db.exec(index.sql);
  return result;
}
