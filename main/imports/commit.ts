/**
 * Committing a staged import: one transaction, one import batch. Inside it the plan is made
 * again against the ledger as it is now, the batch row is written, and every change goes
 * through the mutation path with the batch id (so history names the batch, and undo finds it).
 *
 * Default is all-or-nothing: a rejected row blocks the commit. With acceptValid the valid rows
 * commit and the rejected rows stay out (they go into the error receipt).
 */
import { ApiError } from '../../shared/api/errors';
import type { FieldValue } from '../../shared/domain/records';
import { mutate, type Mutation } from '../db/mutate';
import type { Db } from '../db/open';
import { ensureUnit, ensureUnitPath } from '../db/units';
import { planMemberImport, type HouseholdPlan, type RowOutcome } from './plan-members';
import { cloneRows, type StagedImport } from './stage';

export interface CommitOptions {
  acceptValid?: boolean;
  actor: string;
}

export interface BatchCounts {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface CommitResult {
  batchId: number;
  counts: BatchCounts;
}

function ledgerPlace(db: Db): { county: string | null; town: string | null } {
  const one = (level: string) => {
    const rows = db.prepare('SELECT name FROM admin_units WHERE level = ? LIMIT 2').all(level) as { name: string }[];
    return rows.length === 1 ? (rows[0]?.name ?? null) : null;
  };
  return { county: one('county'), town: one('town') };
}

function applyHousehold(db: Db, m: Mutation, plan: HouseholdPlan, fallback: { county: string | null; town: string | null }): number[] {
  const { location } = plan;
  let villageIds: number[] = [];
  let householdId = plan.existingId;
  const values: Record<string, FieldValue | number | null> = { ...plan.values };
  if (location.village) {
    const county = location.county ?? fallback.county;
    const town = location.town ?? fallback.town;
    if (!county || !town) {
      throw new ApiError('import.unknown-town', `文件没有“县”“镇”列，台账中也还没有所属镇：请先在文件中加上县、镇两列`, { householdNo: plan.householdNo });
    }
    const ids = ensureUnitPath(db, m, { county, town, village: location.village, group: location.group });
    Object.assign(values, ids.groupId === null ? { villageId: ids.villageId } : ids);
    villageIds = [ids.villageId];
  } else if (location.group && householdId !== null) {
    const villageId = (db.prepare('SELECT village_id AS v FROM households WHERE id = ?').get(householdId) as { v: number }).v;
    values.groupId = ensureUnit(db, m, 'group', location.group, villageId);
  }
  if (householdId === null) {
    householdId = m.insert('households', { ...(values as Record<string, FieldValue>), householdNo: plan.householdNo, status: '在册' });
  } else {
    m.update('households', householdId, values as Record<string, FieldValue>);
    if (villageIds.length === 0) villageIds = [(db.prepare('SELECT village_id AS v FROM households WHERE id = ?').get(householdId) as { v: number }).v];
  }
  for (const member of plan.members) {
    if (member.existingId === null) {
      m.insert('members', { status: '在户', ...member.row.member, householdId });
    } else if (member.outcome === 'updated') {
      m.update('members', member.existingId, { ...member.row.member, householdId });
    }
  }
  return villageIds;
}

export function countOutcomes(outcomes: Iterable<RowOutcome>): BatchCounts {
  const counts: BatchCounts = { read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const outcome of outcomes) {
    counts.read++;
    counts[outcome]++;
  }
  return counts;
}

export function commitImport(db: Db, staged: StagedImport, options: CommitOptions): CommitResult {
  const run = db.transaction((): CommitResult => {
    const plan = planMemberImport(db, cloneRows(staged.rows));
    const counts = countOutcomes(plan.outcomes.values());
    if (counts.rejected > 0 && !options.acceptValid) {
      throw new ApiError('import.rows-rejected', `有 ${counts.rejected} 行数据有错误，整个文件没有导入。请下载错误回执交村里更正，或选择“只导入有效行”`, { counts });
    }
    const now = new Date().toISOString();
    const batchId = Number(
      db
        .prepare(
          `INSERT INTO import_batches (file_name, sha256, template, sheet, village, report_month, rows_read, rows_inserted,
             rows_updated, rows_unchanged, rows_rejected, actor, created_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(staged.fileName, staged.sha256, staged.templateId, staged.sheets.join('、'), staged.reportMonth, counts.read, counts.inserted, counts.updated, counts.unchanged, counts.rejected, options.actor, now)
        .lastInsertRowid,
    );
    const fallback = ledgerPlace(db);
    const villages = new Set<number>();
    const changed = plan.households.filter((h) => h.existingId === null || h.changes.length > 0 || h.members.some((m) => m.outcome !== 'unchanged'));
    if (changed.length > 0) {
      mutate(db, { actor: options.actor, source: 'import', batchId, label: `导入 ${staged.fileName}` }, (m) => {
        for (const household of changed) for (const id of applyHousehold(db, m, household, fallback)) villages.add(id);
      });
    }
    for (const household of plan.households) {
      if (household.existingId !== null) {
        const row = db.prepare('SELECT village_id AS v FROM households WHERE id = ?').get(household.existingId) as { v: number } | undefined;
        if (row) villages.add(row.v);
      }
    }
    const insertVillage = db.prepare('INSERT OR IGNORE INTO import_batch_villages (batch_id, village_id) VALUES (?, ?)');
    for (const id of villages) insertVillage.run(batchId, id);
    if (villages.size === 1) {
      const name = db.prepare('SELECT name FROM admin_units WHERE id = ?').get([...villages][0]) as { name: string };
      db.prepare('UPDATE import_batches SET village = ? WHERE id = ?').run(name.name, batchId);
    }
    return { batchId, counts };
  });
  return run.immediate();
}
