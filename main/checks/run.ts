/**
 * Running the checks over the ledger and keeping the findings table (check_findings) in step.
 *
 * - Full run: every 在册 household in chunks (load.ts), all findings replaced in one transaction.
 * - Other departments' lists (departments.ts) are read once per run; a list import re-checks all.
 * - Incremental run: the households the change sets after the watermark touched (touched.ts);
 *   their findings are replaced, nothing else is read. Every rule reads one household only, so the
 *   result equals a full run's (tested).
 * - catchUp: what every reader calls first. Nothing new -> nothing done; new change sets -> an
 *   incremental run; a different reference day (ages move), a policy or village change, or a
 *   ledger never checked -> a full run. Lazy on purpose: edits, imports, undo and restore all
 *   leave change sets, so no write path has to remember to call the checker.
 *
 * Readers in the server do not call catchUp directly: background.ts moves a large run off the
 * request path and reuses these pieces; the CLI \`check\` and tests call runFull/catchUp as they are.
 *
 * All rules run; switched-off rules are filtered when findings are read (store.ts), so switching a
 * rule back on needs no re-run. Transactions are synchronous (better-sqlite3).
 */
import { CHECK_RULES, evaluateChecks, findingKey, fingerprintOf, type Finding } from '../../shared/domain/checks';
import { localIsoDate } from '../../shared/domain/periods';
import type { Db } from '../db/open';
import { listPolicies } from '../db/policy';
import { loadDepartmentLists } from './departments';
import { allCheckHouseholds, checkHouseholdsByIds } from './load';
import { lastChangeSet, touchedHouseholds } from './touched';

export interface RunSummary {
  mode: 'full' | 'incremental' | 'none';
  households: number;
  findings: number;
  asOf: string;
}

export interface CheckState {
  lastChangeSet: number;
  asOf: string;
}

export function readState(db: Db): CheckState | undefined {
  return db.prepare('SELECT last_change_set AS lastChangeSet, as_of AS asOf FROM check_state WHERE id = 1').get() as CheckState | undefined;
}

export function writeState(db: Db, changeSet: number, asOf: string, full: boolean): void {
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO check_state (id, last_change_set, as_of, full_run_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET last_change_set = excluded.last_change_set, as_of = excluded.as_of,
       full_run_at = CASE WHEN ? THEN excluded.full_run_at ELSE full_run_at END`,
  ).run(changeSet, asOf, now, full ? 1 : 0);
}

export function insertFindings(db: Db, findings: readonly Finding[]): void {
  const insert = db.prepare(
    `INSERT OR REPLACE INTO check_findings (finding_key, rule_id, severity, household_id, household_no, village, head_name, member_id, member_name,
       record_kind, record_id, field, read_values, fingerprint, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const f of findings) {
    insert.run(findingKey(f), f.ruleId, f.severity, f.householdId, f.householdNo, f.village, f.headName, f.memberId, f.memberName, f.recordKind, f.recordId, f.field, JSON.stringify(f.read), fingerprintOf(f), f.message);
  }
}

export function runFull(db: Db, asOf: string = localIsoDate()): RunSummary {
  const context = { asOf, policies: listPolicies(db) };
  return db.transaction(() => {
    const changeSet = lastChangeSet(db);
    db.prepare('DELETE FROM check_findings').run();
    let households = 0;
    let findings = 0;
    const departments = loadDepartmentLists(db);
    for (const chunk of allCheckHouseholds(db, departments)) {
      const found = evaluateChecks(chunk, context, CHECK_RULES);
      insertFindings(db, found);
      households += chunk.length;
      findings += found.length;
    }
    writeState(db, changeSet, asOf, true);
    return { mode: 'full' as const, households, findings, asOf };
  })();
}

/** Re-check the given households only (their old findings go, the new ones come). */
export function runForHouseholds(db: Db, householdIds: readonly number[], asOf: string, changeSet: number): RunSummary {
  const context = { asOf, policies: listPolicies(db) };
  return db.transaction(() => {
    const remove = db.prepare('DELETE FROM check_findings WHERE household_id = ?');
    for (const id of householdIds) remove.run(id);
    const households = checkHouseholdsByIds(db, householdIds, loadDepartmentLists(db, householdIds));
    const found = evaluateChecks(households, context, CHECK_RULES);
    insertFindings(db, found);
    writeState(db, changeSet, asOf, false);
    return { mode: 'incremental' as const, households: households.length, findings: found.length, asOf };
  })();
}

/** Bring the findings up to date with the ledger (see the header). */
export function catchUp(db: Db, asOf: string = localIsoDate()): RunSummary {
  const state = readState(db);
  const current = lastChangeSet(db);
  if (!state || state.asOf !== asOf) return runFull(db, asOf);
  if (state.lastChangeSet === current) return { mode: 'none', households: 0, findings: 0, asOf };
  const touched = touchedHouseholds(db, state.lastChangeSet);
  if (touched === null) return runFull(db, asOf);
  return runForHouseholds(db, touched, asOf, current);
}
