import type { Db } from './open';

/**
 * A cheap stamp of the ledger's records, for answers cached per connection: the last change set
 * (every record write goes through mutate(), which opens one; undo, imports and restores too) and
 * data_version (a write by another connection or process). Unlike total_changes() it stays put
 * when only derived tables (the checks' findings) are rewritten, so a background check ending
 * does not throw the 首页's figures away.
 */
export function recordsVersion(db: Db): string {
  const changeSet = (db.prepare('SELECT ifnull(max(id), 0) AS id FROM change_sets').get() as { id: number }).id;
  const version = db.pragma('data_version', { simple: true }) as number;
  return `${changeSet}.${version}`;
}
