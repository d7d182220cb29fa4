/**
 * Load over real HTTP in browser mode: openService + startHttpHost on a ledger seeded with a
 * 300-household demo town, then 20 concurrent clients make SHOUDI_LOAD_CALLS (default 10,000) API
 * calls with the session token — members.update on members each client owns and on five members
 * every client edits, interleaved with members.list and households.get.
 * Asserted: every call answers ok; every acknowledged edit has its history row with the value it
 * wrote and nothing else was written; a member only one client edits ends with that client's last
 * value; a shared member ends with the value of the last committed edit. Latency (p50/p99) and
 * throughput are printed, never asserted (conventions, habit 13).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../main/demo/seed-demo';
import { startHttpHost, type HttpHost } from '../../main/http-host';
import { openService, type LedgerService } from '../../main/service';
import { percentile, seededRandom } from '../support/crash-harness';
import { tempDir } from '../support/temp-ledger';

const CLIENTS = 20;
const TOTAL_CALLS = Number(process.env.SHOUDI_LOAD_CALLS ?? 10_000);
const SHARED_MEMBERS = 5;

const work = tempDir('shoudi-load-');
let service: LedgerService;
let host: HttpHost;
let memberIds: number[];
let householdIds: number[];

beforeAll(async () => {
  service = await openService(join(work.dir, 'ledger.db'), { actor: '压测员' });
  seedDemo(service.db, { households: 300, seed: 6 });
  memberIds = (service.db.prepare('SELECT id FROM members ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  householdIds = (service.db.prepare('SELECT id FROM households ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  const staticDir = join(work.dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>守底台账</title>');
  host = await startHttpHost({ dispatch: service.dispatch, staticDir });
});

afterAll(async () => {
  await host.close();
  service.close();
  work.cleanup();
});

interface Call {
  method: string;
  ms: number;
}

interface Edit {
  client: number;
  memberId: number;
  name: string;
}

async function call(method: string, input: unknown): Promise<{ status: number; body: { ok: boolean; value?: unknown; error?: unknown } }> {
  const res = await fetch(`${host.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Shoudi-Token': host.token },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; value?: unknown; error?: unknown } };
}

/** One client: its share of the calls, each awaited before the next, as a browser tab would. */
async function client(c: number, calls: number, record: { calls: Call[]; edits: Edit[]; failures: string[] }): Promise<void> {
  const random = seededRandom(1000 + c);
  const own = memberIds.slice(SHARED_MEMBERS).filter((_, i) => i % CLIENTS === c);
  for (let i = 0; i < calls; i++) {
    const r = random();
    let method: string;
    let input: unknown;
    let edit: Edit | null = null;
    if (r < 0.25) {
      edit = { client: c, memberId: own[Math.floor(random() * own.length)] as number, name: `客户${c}改${i}` };
    } else if (r < 0.4) {
      edit = { client: c, memberId: memberIds[Math.floor(random() * SHARED_MEMBERS)] as number, name: `共享${c}-${i}` };
    }
    if (edit) {
      method = 'members.update';
      input = { id: edit.memberId, patch: { name: edit.name } };
    } else if (r < 0.7) {
      method = 'members.list';
      input = { offset: Math.floor(random() * 1000), limit: 50, sort: [{ colId: 'name', sort: 'asc' }] };
    } else {
      method = 'households.get';
      input = { id: householdIds[Math.floor(random() * householdIds.length)] };
    }
    const started = performance.now();
    const { status, body } = await call(method, input);
    record.calls.push({ method, ms: performance.now() - started });
    if (status !== 200 || !body.ok) {
      record.failures.push(`${method} ${status} ${JSON.stringify(body.error)}`);
      continue;
    }
    if (edit) {
      expect((body.value as { name: string }).name).toBe(edit.name);
      record.edits.push(edit);
    }
  }
}

function latencySummary(calls: Call[]): string {
  const sorted = calls.map((c) => c.ms).sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms (${calls.length} calls)`;
}

describe('browser mode under load', () => {
  it(`answers ${TOTAL_CALLS} calls from ${CLIENTS} concurrent clients and loses no edit`, async () => {
    const record = { calls: [] as Call[], edits: [] as Edit[], failures: [] as string[] };
    const historyBefore = (service.db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
    const started = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c, Math.floor(TOTAL_CALLS / CLIENTS) + (c < TOTAL_CALLS % CLIENTS ? 1 : 0), record)));
    const seconds = (performance.now() - started) / 1000;

    expect(record.failures).toEqual([]);
    expect(record.calls).toHaveLength(TOTAL_CALLS);

    const db = service.db;
    const written = db.prepare("SELECT count(*) AS n FROM history WHERE table_name = 'members' AND op = 'update' AND field = 'name' AND record_id = ? AND new_value = ?");
    for (const edit of record.edits) expect((written.get(edit.memberId, JSON.stringify(edit.name)) as { n: number }).n, edit.name).toBe(1);
    expect((db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n - historyBefore).toBe(record.edits.length);
    expect((db.prepare("SELECT count(*) AS n FROM change_sets WHERE source = 'edit'").get() as { n: number }).n).toBe(record.edits.length);

    const current = db.prepare('SELECT name FROM members WHERE id = ?');
    const lastCommitted = db.prepare("SELECT new_value AS value FROM history WHERE table_name = 'members' AND field = 'name' AND record_id = ? ORDER BY id DESC LIMIT 1");
    const byMember = new Map<number, Edit[]>();
    for (const edit of record.edits) byMember.set(edit.memberId, [...(byMember.get(edit.memberId) ?? []), edit]);
    for (const [memberId, edits] of byMember) {
      const name = (current.get(memberId) as { name: string }).name;
      expect(JSON.stringify(name)).toBe((lastCommitted.get(memberId) as { value: string }).value);
      // One writer per owned member, each call awaited: its last acknowledged edit is the value.
      if (!memberIds.slice(0, SHARED_MEMBERS).includes(memberId)) expect(name).toBe(edits.at(-1)?.name);
      else expect(edits.map((e) => e.name)).toContain(name);
    }
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    const shared = record.edits.filter((e) => memberIds.slice(0, SHARED_MEMBERS).includes(e.memberId)).length;
    console.log(`load: ${TOTAL_CALLS} calls from ${CLIENTS} clients in ${seconds.toFixed(1)} s = ${(TOTAL_CALLS / seconds).toFixed(0)} calls/s; ${record.edits.length} edits (${shared} on ${SHARED_MEMBERS} shared members)`);
    console.log(`  all: ${latencySummary(record.calls)}`);
    for (const method of ['members.update', 'members.list', 'households.get']) console.log(`  ${method}: ${latencySummary(record.calls.filter((c) => c.method === method))}`);
  });
});
