/**
 * The checks off the request path (issue #9). better-sqlite3 is synchronous: a full check of a
 * million-member ledger inside a request held every other request (in Electron, the whole window)
 * for twenty seconds and more. So readers (首页, 数据筛查, the export guard, the exports) call
 * `ensureChecks`, which never runs a large check itself:
 *
 * - findings current -> nothing to do (null);
 * - a few households touched since the watermark (≤ CHECK_LIMITS.syncTouched) -> re-checked at once,
 *   as before (small, synchronous);
 * - a ledger never checked, a new day (ages move), a village/policy/department-list change, or many
 *   touched households -> a small ledger (≤ CHECK_LIMITS.syncHouseholds) is checked at once, a
 *   larger one by the background job, and the reader gets `{ done, total }` with the findings as
 *   stored so far.
 *
 * The background job walks the household ids in CHUNK steps; each chunk is read and evaluated in
 * one synchronous step (a consistent snapshot of those households) and the job then yields to the
 * event loop (setImmediate), so requests are served between chunks. Findings are collected in
 * memory and swapped in by one short transaction at the end, which also re-checks the households
 * that change sets made during the run touched (touched.ts), so the result equals a full run taken
 * at the end. A change during the run that can affect every household (villages, policy, a
 * department list) or a ledger restored to an older state starts the walk again. A closed
 * connection (a restore swaps it, the window closes) ends the job quietly.
 *
 * One job per connection at a time; `checksSettled` lets an async export wait for it without
 * blocking anyone.
 */
import { CHECK_RULES, evaluateChecks, type Finding } from '../../shared/domain/checks';
import { localIsoDate } from '../../shared/domain/periods';
import type { Db } from '../db/open';
import { listPolicies } from '../db/policy';
import { loadDepartmentLists } from './departments';
import { CHECK_CHUNK, checkHouseholdsInRange, householdIdSpan } from './load';
import { insertFindings, readState, runForHouseholds, runFull, writeState, type RunSummary } from './run';
import { lastChangeSet, touchedHouseholds } from './touched';

/** How far a background run is: household ids walked of the span to walk. */
export interface CheckProgress {
  done: number;
  total: number;
}

/** Above these sizes a check goes to the background (tests lower them to exercise the job on small ledgers). */
export const CHECK_LIMITS = {
  /** A full check of a ledger with at most this many households runs at once (about one chunk: well under a second). */
  syncHouseholds: CHECK_CHUNK,
  /** An incremental catch-up of at most this many touched households runs at once. */
  syncTouched: 500,
  /** Household ids per background step: small enough that a request waits at most about 0.1 s. */
  chunk: 500,
  /** A pause between steps (0: just yield to the event loop); the e2e test lengthens a run to watch it. */
  stepDelayMs: 0,
};

interface Job {
  asOf: string;
  done: number;
  total: number;
  finished: Promise<void>;
}

const jobs = new WeakMap<Db, Job>();

const yieldToEventLoop = () =>
  new Promise<void>((resolve) => (CHECK_LIMITS.stepDelayMs > 0 ? setTimeout(resolve, CHECK_LIMITS.stepDelayMs) : setImmediate(resolve)));

/** The running background check of this connection, if any. */
export function checkProgress(db: Db): CheckProgress | null {
  const job = jobs.get(db);
  return job ? { done: job.done, total: job.total } : null;
}

/** Walk every household once; the findings, or null if the run must start again (see the header). */
async function walk(db: Db, job: Job): Promise<{ findings: Finding[]; changeSet: number } | null | 'closed'> {
  const changeSet = lastChangeSet(db);
  const context = { asOf: job.asOf, policies: listPolicies(db) };
  const departments = loadDepartmentLists(db);
  const span = householdIdSpan(db);
  const findings: Finding[] = [];
  job.done = 0;
  job.total = span === null ? 0 : span.hi - span.lo + 1;
  if (span !== null) {
    for (let start = span.lo; start <= span.hi; start += CHECK_LIMITS.chunk) {
      await yieldToEventLoop();
      if (!db.open) return 'closed';
      const end = Math.min(span.hi, start + CHECK_LIMITS.chunk - 1);
      for (const f of evaluateChecks(checkHouseholdsInRange(db, start, end, departments), context, CHECK_RULES)) findings.push(f);
      job.done = end - span.lo + 1;
    }
  }
  await yieldToEventLoop();
  if (!db.open) return 'closed';
  return { findings, changeSet };
}

/** Swap the walked findings in and catch up with the changes made meanwhile; false = walk again. */
function commit(db: Db, asOf: string, walked: { findings: Finding[]; changeSet: number }): boolean {
  return db.transaction(() => {
    const current = lastChangeSet(db);
    if (current < walked.changeSet) return false;
    const touched = current === walked.changeSet ? [] : touchedHouseholds(db, walked.changeSet);
    if (touched === null) return false;
    db.prepare('DELETE FROM check_findings').run();
    insertFindings(db, walked.findings);
    writeState(db, walked.changeSet, asOf, true);
    if (touched.length > 0) runForHouseholds(db, touched, asOf, current);
    return true;
  })();
}

async function runJob(db: Db, job: Job): Promise<void> {
  try {
    for (;;) {
      const walked = await walk(db, job);
      if (walked === 'closed') return;
      if (walked !== null && commit(db, job.asOf, walked)) return;
    }
  } catch (error) {
    // A connection closed under the job is the normal end of a restore or a shutdown; anything
    // else leaves the stored findings as they were, and the next reader starts a new run.
    if (db.open) console.error('Background check failed', error);
  } finally {
    if (jobs.get(db) === job) jobs.delete(db);
  }
}

/** Start the background check of this connection (or return the one running). */
export function startBackgroundCheck(db: Db, asOf: string = localIsoDate()): CheckProgress {
  const running = jobs.get(db);
  if (running) return { done: running.done, total: running.total };
  const job: Job = { asOf, done: 0, total: 0, finished: Promise.resolve() };
  jobs.set(db, job);
  job.finished = runJob(db, job);
  return { done: job.done, total: job.total };
}

function households(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n;
}

/** A full check: at once for a small ledger, else in the background. */
function full(db: Db, asOf: string): CheckProgress | null {
  if (households(db) <= CHECK_LIMITS.syncHouseholds) {
    runFull(db, asOf);
    return null;
  }
  return startBackgroundCheck(db, asOf);
}

/**
 * What every reader calls before reading findings (see the header): null when the stored findings
 * are current, else the progress of the background run they are waiting for.
 */
export function ensureChecks(db: Db, asOf: string = localIsoDate()): CheckProgress | null {
  const running = checkProgress(db);
  if (running) return running;
  const state = readState(db);
  if (!state || state.asOf !== asOf) return full(db, asOf);
  const current = lastChangeSet(db);
  if (state.lastChangeSet === current) return null;
  const touched = touchedHouseholds(db, state.lastChangeSet);
  if (touched === null) return full(db, asOf);
  if (touched.length > CHECK_LIMITS.syncTouched) return startBackgroundCheck(db, asOf);
  runForHouseholds(db, touched, asOf, current);
  return null;
}

/**
 * A check asked for (重新筛查, \`checks.run\`): a small ledger's full run at once (its summary), a
 * large one's in the background (its progress); not full = a reader's catch-up.
 */
export function requestCheck(db: Db, asOf: string, fullRun: boolean): { summary: RunSummary | null; checking: CheckProgress | null } {
  const running = checkProgress(db);
  if (running) return { summary: null, checking: running };
  if (!fullRun) {
    const checking = ensureChecks(db, asOf);
    return { summary: checking ? null : { mode: 'incremental', households: 0, findings: storedFindings(db), asOf }, checking };
  }
  if (households(db) <= CHECK_LIMITS.syncHouseholds) return { summary: runFull(db, asOf), checking: null };
  return { summary: null, checking: startBackgroundCheck(db, asOf) };
}

function storedFindings(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM check_findings').get() as { n: number }).n;
}

/** For async exports: bring the findings up to date, waiting (without blocking) for a background run. */
export async function checksSettled(db: Db, asOf: string = localIsoDate()): Promise<void> {
  // A run that keeps failing must not hold an export forever: after a few tries it goes ahead.
  for (let attempt = 0; attempt < 3 && ensureChecks(db, asOf) !== null; attempt++) {
    const job = jobs.get(db);
    if (job) await job.finished;
    if (!db.open) return;
  }
}
