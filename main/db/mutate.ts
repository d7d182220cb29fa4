/**
 * The one mutation path. Every write to the ledger tables goes through `mutate()`, which in a
 * single synchronous transaction: opens a change set (who, when, source, import batch), holds the
 * write guard (the tables' triggers refuse any write without it), applies the writes and records
 * one history row per changed field (an insert is one row holding the whole new record).
 *
 * Values arrive as API field values (labels, arrays, YYYY-MM) keyed by field key; this module
 * encodes them for SQL and records them as JSON in history so arrays round-trip.
 */
import type { Statement } from './driver';
import { searchColumns } from './search-columns';
import { TABLES, type TableName } from './tables';
import type { Db } from './open';
import type { FieldValue } from '../../shared/domain/records';

export type SqlValue = string | number | null;

export interface ChangeSource {
  /** Who: the ledger's user name (or 'cli', 'system'). */
  actor: string;
  /** What kind of intention: 'edit', 'import', 'seed', 'system' … */
  source: string;
  /** The import batch, when the change came from one. */
  batchId?: number | null;
  /** For an undo or redo: the change set it reverts. */
  undoOf?: number | null;
  /** Human summary, Chinese: "修改 张三 的 劳动技能". */
  label: string;
}

type Values = Record<string, FieldValue | undefined>;

function encode(table: TableName, key: string, value: FieldValue | undefined): SqlValue {
  if (value === undefined || value === null) return null;
  if (TABLES[table].sets.includes(key)) return Array.isArray(value) && value.length > 0 ? JSON.stringify(value) : null;
  return Array.isArray(value) ? JSON.stringify(value) : value;
}

function historyJson(value: SqlValue, isSet: boolean): string | null {
  if (value === null) return null;
  return isSet ? value.toString() : JSON.stringify(value);
}

export class Mutation {
  private readonly statements = new Map<string, Statement<SqlValue[]>>();

  constructor(
    private readonly db: Db,
    readonly changeSetId: number,
    readonly now: string,
  ) {}

  private prepared(sql: string) {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare<SqlValue[]>(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  private column(table: TableName, key: string): string {
    const column = TABLES[table].columns[key];
    if (column === undefined) throw new Error(`Unknown field ${table}.${key}`);
    return column;
  }

  /** Insert a record; returns its id. History: one 'insert' row with the whole record. */
  insert(table: TableName, values: Values): number {
    const keys = Object.keys(values).filter((k) => values[k] !== undefined);
    const columns = keys.map((k) => this.column(table, k));
    const params = keys.map((k) => encode(table, k, values[k]));
    this.addSearchColumns(table, columns, params);
    if (TABLES[table].timestamps) {
      columns.push('created_at', 'updated_at');
      params.push(this.now, this.now);
    }
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    const id = Number(this.prepared(sql).run(...params).lastInsertRowid);
    const record: Record<string, FieldValue> = {};
    for (const k of keys) record[k] = values[k] ?? null;
    this.record(table, id, 'insert', '*', null, JSON.stringify(record));
    return id;
  }

  /** Update changed fields of a record; returns the keys that really changed. */
  update(table: TableName, id: number, values: Values): string[] {
    const keys = Object.keys(values).filter((k) => values[k] !== undefined);
    if (keys.length === 0) return [];
    const columns = keys.map((k) => this.column(table, k));
    const old = this.prepared(`SELECT ${columns.join(', ')} FROM ${table} WHERE id = ?`).get(id) as Record<string, SqlValue> | undefined;
    if (!old) throw new Error(`No ${table} row ${id}`);
    const changed: string[] = [];
    const sets: string[] = [];
    const params: SqlValue[] = [];
    keys.forEach((key, i) => {
      const column = columns[i] as string;
      const next = encode(table, key, values[key]);
      const before = old[column] ?? null;
      if (next === before) return;
      changed.push(key);
      sets.push(`${column} = ?`);
      params.push(next);
      const isSet = TABLES[table].sets.includes(key);
      this.record(table, id, 'update', key, historyJson(before, isSet), historyJson(next, isSet));
    });
    if (changed.length === 0) return [];
    const derivedColumns: string[] = [];
    const derivedParams: SqlValue[] = [];
    this.addSearchColumns(table, derivedColumns, derivedParams, sets.map((set) => set.slice(0, -4)), params);
    derivedColumns.forEach((column, i) => {
      sets.push(`${column} = ?`);
      params.push(derivedParams[i] ?? null);
    });
    if (TABLES[table].timestamps) {
      sets.push('updated_at = ?');
      params.push(this.now);
    }
    this.prepared(`UPDATE ${table} SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
    return changed;
  }

  /**
   * Delete a record (only the undo of an import deletes: records a clerk removes are marked by
   * status instead). History keeps the whole old record.
   */
  delete(table: TableName, id: number): void {
    const old = this.prepared(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, SqlValue> | undefined;
    if (!old) return;
    this.prepared(`DELETE FROM ${table} WHERE id = ?`).run(id);
    this.record(table, id, 'delete', '*', JSON.stringify(old), null);
  }

  /**
   * Put back a record exactly as a delete recorded it (same id, same stored columns). Generated
   * columns are left to SQLite. Used by undo and redo only.
   */
  restore(table: TableName, row: Record<string, SqlValue>): void {
    // Search columns are recomputed: a delete recorded before they existed does not carry them.
    const derived = searchColumns(table, row);
    const columns = this.storedColumns(table).filter((c) => c in row || c in derived);
    this.prepared(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
      ...columns.map((c) => (c in derived ? derived[c] : row[c]) ?? null),
    );
    this.record(table, Number(row.id), 'insert', '*', null, JSON.stringify(row));
  }

  /** Append the derived search columns (search-columns.ts) a write of `sourceColumns` implies. */
  private addSearchColumns(table: TableName, columns: string[], params: SqlValue[], sourceColumns: string[] = columns, sourceParams: SqlValue[] = params): void {
    const byColumn: Record<string, SqlValue> = {};
    sourceColumns.forEach((column, i) => {
      byColumn[column] = sourceParams[i] ?? null;
    });
    for (const [column, value] of Object.entries(searchColumns(table, byColumn))) {
      columns.push(column);
      params.push(value);
    }
  }

  private storedColumns(table: TableName): string[] {
    const rows = this.db.prepare(`SELECT name, hidden FROM pragma_table_xinfo('${table}')`).all() as { name: string; hidden: number }[];
    return rows.filter((r) => r.hidden === 0).map((r) => r.name);
  }

  private record(table: TableName, id: number, op: 'insert' | 'update' | 'delete', field: string, oldValue: string | null, newValue: string | null): void {
    this.prepared(
      'INSERT INTO history (change_set_id, table_name, record_id, op, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(this.changeSetId, table, id, op, field, oldValue, newValue);
  }
}

/**
 * Run `work` as one change set in one transaction. `work` must be synchronous: better-sqlite3
 * transactions cannot span an await, and a returned promise is refused.
 */
export function mutate<T>(db: Db, source: ChangeSource, work: (m: Mutation) => T): T {
  const run = db.transaction(() => {
    const now = new Date().toISOString();
    const changeSetId = Number(
      db
        .prepare('INSERT INTO change_sets (at, actor, source, batch_id, label, undo_of) VALUES (?, ?, ?, ?, ?, ?)')
        .run(now, source.actor, source.source, source.batchId ?? null, source.label, source.undoOf ?? null).lastInsertRowid,
    );
    db.prepare('INSERT INTO write_guard (change_set_id) VALUES (?)').run(changeSetId);
    const result = work(new Mutation(db, changeSetId, now));
    if (result instanceof Promise) throw new Error('mutate(): work must be synchronous');
    if (source.undoOf) db.prepare('UPDATE change_sets SET undone_by = ? WHERE id = ?').run(changeSetId, source.undoOf);
    db.prepare('DELETE FROM write_guard').run();
    return result;
  });
  return run();
}
