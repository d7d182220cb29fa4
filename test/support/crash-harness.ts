/**
 * Parent side of the crash-safety tests: start crash-child.mjs, SIGKILL it after a seeded random
 * delay counted from a line it prints, collect everything it printed (lines written before the
 * kill stay readable in the pipe), and inspect the ledger it left behind with a fresh connection.
 */
import Database from '../../main/db/driver';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { CrashJob } from './crash-jobs';

/** mulberry32: a small seeded PRNG, so a run's kill delays can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ChildRun {
  lines: string[];
  /** Milliseconds from spawn to each line, same order as lines. */
  at: number[];
  stderr: string;
  killed: boolean;
  exitCode: number | null;
}

export interface KillPlan {
  /** Start the clock at this line ('spawn' for the moment of spawning). */
  from: string;
  /** Kill this many ms after it; null to let the child finish. */
  delayMs: number | null;
}

const CHILD_TIMEOUT_MS = 180_000;

/** Run the child once, killing it with SIGKILL as planned. */
export function runChild(bundle: string, job: CrashJob, plan: KillPlan): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bundle, JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    const at: number[] = [];
    let stderr = '';
    let pending = '';
    let killed = false;
    const kill = () => {
      if (child.exitCode === null && child.signalCode === null) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    const arm = () => {
      if (plan.delayMs !== null) setTimeout(kill, plan.delayMs);
    };
    const guard = setTimeout(() => {
      kill();
      reject(new Error(`crash child did not finish within ${CHILD_TIMEOUT_MS} ms: ${lines.slice(-3).join(' | ')} ${stderr}`));
    }, CHILD_TIMEOUT_MS);
    if (plan.from === 'spawn') arm();
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        at.push(performance.now() - started);
        if (line === plan.from) arm();
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ lines, at, stderr, killed: killed && code === null, exitCode: code });
    });
  });
}

/** PRAGMA integrity_check and foreign_key_check on a fresh connection (this runs WAL recovery). */
export function checkFile(path: string): { integrity: string; foreignKeyProblems: number } {
  const db = new Database(path);
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
    return { integrity, foreignKeyProblems };
  } finally {
    db.close();
  }
}

const COUNTED_TABLES = ['admin_units', 'households', 'members', 'change_sets', 'history', 'import_batches', 'import_batch_villages', 'income_records'];

/** Row counts of the ledger tables, as one comparable string. */
export function tableCounts(db: Database.Database): string {
  return COUNTED_TABLES.map((t) => `${t}=${(db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n}`).join(' ');
}

/** SHA-256 over every row of every table, in rowid order: equal digests, equal ledgers. */
export function ledgerDigest(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  for (const { name } of tables) {
    hash.update(`\u0000${name}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}
