/**
 * A cheap stamp that changes whenever the ledger may have changed: this connection's
 * total_changes() (every write through it, the checks' findings included) and data_version (a
 * write by another connection or process). Answers cached per connection under this stamp stay
 * right without any write path having to invalidate them.
 */
import type { Db } from './open';

export function ledgerVersion(db: Db): string {
  const changes = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const version = db.pragma('data_version', { simple: true }) as number;
  return `${changes}.${version}`;
}

/**
 * A stamp of the ledger's records only: the last change set (every record write goes through
 * mutate(), which opens one; undo, imports and restores too) and data_version. Unlike
 * ledgerVersion it stays put when only derived tables (the checks' findings) are rewritten.
 */
export function recordsVersion(db: Db): string {
  const changeSet = (db.prepare('SELECT ifnull(max(id), 0) AS id FROM change_sets').get() as { id: number }).id;
  const version = db.pragma('data_version', { simple: true }) as number;
  return `${changeSet}.${version}`;
}
