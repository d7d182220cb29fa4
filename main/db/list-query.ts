/**
 * Paged, sorted, filtered lists in SQL for the grids (AG Grid infinite row model).
 *
 * A list is described by its FROM clause and a whitelist of field key -> SQL expression; sort and
 * filter models from the grid name field keys and are translated to bound-parameter SQL only
 * through that whitelist, so nothing the client sends becomes SQL text.
 */
import type { ColumnFilter, ListQuery, SimpleFilter } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { localIsoDate } from '../../shared/domain/periods';
import type { Statement } from './driver';
import { parseSearch, type SearchTerm, type SqlPart } from './quick-search';
import { recordsVersion } from './ledger-version';
import type { Db } from './open';
import type { SqlValue } from './mutate';

export interface ListSource {
  /** FROM … JOIN … */
  from: string;
  /** Field key -> SQL expression (also the select list). */
  columns: Record<string, string>;
  /** The quick search box's condition (quick-search.ts): index lookups only. */
  search: (term: SearchTerm) => SqlPart;
  /** Always applied (e.g. hide removed records unless asked). */
  baseWhere: (query: ListQuery) => { sql: string; params: SqlValue[] } | null;
  /** Stable tie-breaker, e.g. 'h.id'. */
  idExpr: string;
  /** Bound parameters of placeholders inside `from` (e.g. the month of a LEFT JOIN). */
  fromParams?: (query: ListQuery) => SqlValue[];
  /**
   * How to sort by some keys so an index serves the ORDER BY: `expr` replaces the column's
   * expression, `reverse` flips the direction (年龄 descending = 出生日期 ascending), `notNull`
   * drops NULLS LAST (which no index order can satisfy on an ascending sort).
   */
  sortAs?: Record<string, { expr?: string; reverse?: boolean; notNull?: boolean }>;
  /**
   * A cheaper FROM for the count when no column filter is set (the base condition and the quick
   * search only read the base table): joins that cannot drop a row need not run a million times.
   */
  countFrom?: string;
  /** Keys whose filters read only the base table, so the cheaper count still applies. */
  countKeys?: ReadonlySet<string>;
}

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function expressionOf(source: ListSource, key: string): string {
  const expr = Object.prototype.hasOwnProperty.call(source.columns, key) ? source.columns[key] : undefined;
  if (expr === undefined) throw new ApiError('input.unknown-column', `无法按“${key}”筛选或排序：没有这一列`, { column: key });
  return expr;
}

function simpleCondition(expr: string, filter: SimpleFilter): { sql: string; params: SqlValue[] } | null {
  if (filter.type === 'blank') return { sql: `(${expr} IS NULL OR ${expr} = '')`, params: [] };
  if (filter.type === 'notBlank') return { sql: `(${expr} IS NOT NULL AND ${expr} <> '')`, params: [] };
  if (filter.filterType === 'text') {
    const value = filter.filter ?? '';
    if (value === '') return null;
    const like = likeEscape(value);
    switch (filter.type) {
      case 'contains':
        return { sql: `${expr} LIKE ? ESCAPE '\\'`, params: [`%${like}%`] };
      case 'notContains':
        return { sql: `(${expr} IS NULL OR ${expr} NOT LIKE ? ESCAPE '\\')`, params: [`%${like}%`] };
      case 'startsWith':
        return { sql: `${expr} LIKE ? ESCAPE '\\'`, params: [`${like}%`] };
      case 'endsWith':
        return { sql: `${expr} LIKE ? ESCAPE '\\'`, params: [`%${like}`] };
      case 'equals':
        return { sql: `${expr} = ?`, params: [value] };
      case 'notEqual':
        return { sql: `(${expr} IS NULL OR ${expr} <> ?)`, params: [value] };
    }
  }
  if (filter.filterType === 'number') {
    const value = filter.filter;
    if (value === null || value === undefined) return null;
    switch (filter.type) {
      case 'equals':
        return { sql: `${expr} = ?`, params: [value] };
      case 'notEqual':
        return { sql: `(${expr} IS NULL OR ${expr} <> ?)`, params: [value] };
      case 'lessThan':
        return { sql: `${expr} < ?`, params: [value] };
      case 'lessThanOrEqual':
        return { sql: `${expr} <= ?`, params: [value] };
      case 'greaterThan':
        return { sql: `${expr} > ?`, params: [value] };
      case 'greaterThanOrEqual':
        return { sql: `${expr} >= ?`, params: [value] };
      case 'inRange':
        return { sql: `${expr} BETWEEN ? AND ?`, params: [value, filter.filterTo ?? value] };
    }
  }
  return null;
}

function filterCondition(expr: string, filter: ColumnFilter): { sql: string; params: SqlValue[] } | null {
  if ('operator' in filter) {
    const parts = filter.conditions.map((c) => simpleCondition(expr, c)).filter((c) => c !== null);
    if (parts.length === 0) return null;
    return { sql: `(${parts.map((p) => p.sql).join(` ${filter.operator} `)})`, params: parts.flatMap((p) => p.params) };
  }
  return simpleCondition(expr, filter);
}

function orderTerm(source: ListSource, key: string, descending: boolean): string {
  const expr = expressionOf(source, key);
  const how = source.sortAs?.[key];
  const desc = how?.reverse ? !descending : descending;
  // SQLite puts NULLs first ascending and last descending; only ascending needs the clause.
  const nulls = how?.notNull || desc ? '' : ' NULLS LAST';
  return `${how?.expr ?? expr} ${desc ? 'DESC' : 'ASC'}${nulls}`;
}

function whereClause(source: ListSource, query: ListQuery): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  const base = source.baseWhere(query);
  if (base) {
    parts.push(base.sql);
    params.push(...base.params);
  }
  const term = parseSearch(query.search);
  if (term) {
    const search = source.search(term);
    parts.push(search.sql);
    params.push(...search.params);
  }
  for (const [key, filter] of Object.entries(query.filters ?? {})) {
    const condition = filterCondition(expressionOf(source, key), filter);
    if (condition) {
      parts.push(condition.sql);
      params.push(...condition.params);
    }
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export interface ListSql {
  rows: string;
  count: string;
  /** Parameters of the rows query, before LIMIT and OFFSET. */
  params: SqlValue[];
  /** Parameters of the count (the cheaper count FROM has no placeholders of its own). */
  countParams: SqlValue[];
}

/** The two statements a page of a list runs (exported for the query-plan tests). */
export function listSql(source: ListSource, query: ListQuery): ListSql {
  const where = whereClause(source, query);
  const fromParams = source.fromParams?.(query) ?? [];
  const order = (query.sort ?? []).map((s) => orderTerm(source, s.colId, s.sort === 'desc'));
  // The tie-breaker follows the last sort's direction, so an index (which ends in the rowid) serves both.
  order.push(`${source.idExpr}${order.at(-1)?.includes(' DESC') ? ' DESC' : ''}`);
  const select = Object.entries(source.columns)
    .map(([key, expr]) => `${expr} AS "${key}"`)
    .join(', ');
  const baseOnly = Object.keys(query.filters ?? {}).every((key) => source.countKeys?.has(key) ?? false);
  const cheapCount = baseOnly && source.countFrom !== undefined;
  return {
    rows: `SELECT ${select} ${source.from} ${where.sql} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`,
    count: `SELECT count(*) AS n ${cheapCount ? source.countFrom : source.from} ${where.sql}`,
    params: [...fromParams, ...where.params],
    countParams: cheapCount ? where.params : [...fromParams, ...where.params],
  };
}

/**
 * Counts of recent list views, per connection, valid while the ledger is unchanged. The grid asks
 * for the total with every block, and a re-sort keeps the total: at a million members the count is
 * most of a page's cost (a scan of a covering index), so scrolling and sorting reuse it.
 */
const COUNT_CACHE_LIMIT = 64;
const countCaches = new WeakMap<Db, { revision: string; counts: Map<string, number> }>();

function countOf(db: Db, sql: ListSql): number {
  // Records (ledger-version.ts) and the day: ages, and so who is a 脱贫劳动力, move at midnight.
  const revision = `${recordsVersion(db)}:${localIsoDate()}`;
  let cache = countCaches.get(db);
  if (!cache || cache.revision !== revision) countCaches.set(db, (cache = { revision, counts: new Map() }));
  const key = `${sql.count}\u0000${JSON.stringify(sql.countParams)}`;
  const hit = cache.counts.get(key);
  if (hit !== undefined) return hit;
  const total = (db.prepare(sql.count).get(...sql.countParams) as { n: number }).n;
  if (cache.counts.size >= COUNT_CACHE_LIMIT) cache.counts.clear();
  cache.counts.set(key, total);
  return total;
}

export function listRows(db: Db, source: ListSource, query: ListQuery): { rows: Record<string, SqlValue>[]; total: number } {
  const sql = listSql(source, query);
  const rows = db.prepare(sql.rows).all(...sql.params, query.limit ?? 100, query.offset ?? 0) as Record<string, SqlValue>[];
  return { rows, total: countOf(db, sql) };
}

const rowStatements = new WeakMap<Db, Map<ListSource, Statement>>();

/** The single row of a list source with the given id, or undefined. Hot in imports: cached. */
export function getRow(db: Db, source: ListSource, id: number): Record<string, SqlValue> | undefined {
  let perDb = rowStatements.get(db);
  if (!perDb) rowStatements.set(db, (perDb = new Map()));
  let stmt = perDb.get(source);
  if (!stmt) {
    const select = Object.entries(source.columns)
      .map(([key, expr]) => `${expr} AS "${key}"`)
      .join(', ');
    stmt = db.prepare(`SELECT ${select} ${source.from} WHERE ${source.idExpr} = ?`);
    perDb.set(source, stmt);
  }
  return stmt.get(id) as Record<string, SqlValue> | undefined;
}

/** Rows of a list source whose `keyExpr` is one of `keys` (bulk lookups for imports). */
/**
 * Rows of `source` whose `keyExpr` is one of `keys`, a few thousand keys per query. `columns`
 * narrows the select list (a bulk lookup need not compute 年龄 or counts per row). Rows come back
 * as arrays and are made objects here: for wide rows that is about twice as fast as letting the
 * driver build each object.
 */
export function rowsByKeys(db: Db, source: Pick<ListSource, 'from' | 'columns'>, keyExpr: string, keys: readonly (string | number)[], columns: Record<string, string> = source.columns): Record<string, SqlValue>[] {
  const names = Object.keys(columns);
  const select = names.map((key) => `${columns[key]} AS "${key}"`).join(', ');
  const stmt = db.prepare(`SELECT ${select} ${source.from} WHERE ${keyExpr} IN (SELECT value FROM json_each(?))`).raw(true);
  const out: Record<string, SqlValue>[] = [];
  for (let i = 0; i < keys.length; i += 5000) {
    for (const values of stmt.all(JSON.stringify(keys.slice(i, i + 5000))) as SqlValue[][]) {
      const row: Record<string, SqlValue> = {};
      for (let c = 0; c < names.length; c++) row[names[c] as string] = values[c] ?? null;
      out.push(row);
    }
  }
  return out;
}
