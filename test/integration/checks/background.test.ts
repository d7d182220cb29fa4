import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECK_LIMITS, checkProgress, ensureChecks, startBackgroundCheck } from '../../../main/checks/background';
import { allCheckHouseholds } from '../../../main/checks/load';
import { runFull } from '../../../main/checks/run';
import { lastChangeSet } from '../../../main/checks/touched';
import { listPolicies } from '../../../main/db/policy';
import { seedDemo } from '../../../main/demo/seed-demo';
import { Rng } from '../../../main/demo/demo-random';
import { evaluateChecks, findingKey, fingerprintOf } from '../../../shared/domain/checks';
import { localIsoDate } from '../../../shared/domain/periods';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';

const AS_OF = '2023-07-01';
const DEFAULT_LIMITS = { ...CHECK_LIMITS };
let ledger: TempLedger;

beforeEach(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 60, seed: 4 });
  // Every check goes to the background, in steps of a few households, so a small ledger exercises it.
  Object.assign(CHECK_LIMITS, { syncHouseholds: 0, syncTouched: 0, chunk: 4 });
});
afterEach(() => {
  Object.assign(CHECK_LIMITS, DEFAULT_LIMITS);
  ledger.close();
});

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

function stored(): string[] {
  const rows = ledger.service.db.prepare('SELECT finding_key AS k, fingerprint AS f, message AS m FROM check_findings ORDER BY finding_key').all() as { k: string; f: string; m: string }[];
  return rows.map((r) => `${r.k} ${r.f} ${r.m}`);
}

function recomputed(asOf: string): string[] {
  const db = ledger.service.db;
  const context = { asOf, policies: listPolicies(db) };
  return [...allCheckHouseholds(db)]
    .flatMap((chunk) => evaluateChecks(chunk, context))
    .map((f) => `${findingKey(f)} ${fingerprintOf(f)} ${f.message}`)
    .sort();
}

async function untilDone(): Promise<void> {
  while (checkProgress(ledger.service.db) !== null) await tick();
}

const MEMBER_EDITS: Record<string, string | null>[] = [{ relation: '户主' }, { relation: '配偶' }, { education: null }, { schooling: '小学' }, { labourSkill: '无劳动力' }, { medicalStaff: '是' }, { medicalResident: '否' }];
const HOUSEHOLD_EDITS: Record<string, string>[] = [{ noLabourHousehold: '是' }, { noLabourHousehold: '否' }, { guaranteeMedical: '是' }, { monitorStart: '2023-05', riskEnd: '2023-01' }];

describe('the background check', () => {
  it.each([11, 12, 13])('ends with the findings of a full run although the ledger was edited while it ran (seed %i)', async (seed) => {
    const db = ledger.service.db;
    const members = db.prepare('SELECT id FROM members').all() as { id: number }[];
    const households = db.prepare('SELECT id FROM households').all() as { id: number }[];
    const rng = new Rng(seed);
    // Some findings exist before the run, so the swap has old findings to replace.
    for (let i = 0; i < 5; i++) await ledger.call('members.update', { id: rng.pick(members).id, patch: rng.pick(MEMBER_EDITS) });
    runFull(db, AS_OF);
    const progress = startBackgroundCheck(db, AS_OF);
    expect(progress.done).toBe(0);
    let editsDuringRun = 0;
    while (checkProgress(db) !== null) {
      const roll = rng.next();
      if (roll < 0.5) await ledger.service.dispatch('members.update', { id: rng.pick(members).id, patch: rng.pick(MEMBER_EDITS) });
      else if (roll < 0.7) await ledger.service.dispatch('households.update', { id: rng.pick(households).id, patch: rng.pick(HOUSEHOLD_EDITS) });
      else if (roll < 0.8) await ledger.service.dispatch('members.remove', { id: rng.pick(members).id, status: '迁出' });
      else await ledger.service.dispatch('edits.undo', {});
      editsDuringRun++;
      await tick();
    }
    expect(editsDuringRun).toBeGreaterThan(5);
    expect(stored().length).toBeGreaterThan(0);
    expect(stored()).toEqual(recomputed(AS_OF));
    const state = db.prepare('SELECT last_change_set AS c, as_of AS asOf FROM check_state').get() as { c: number; asOf: string };
    expect(state).toEqual({ c: lastChangeSet(db), asOf: AS_OF });
    // Nothing is left to catch up: the next reader finds the stored findings current.
    expect(ensureChecks(db, AS_OF)).toBeNull();
  });

  it('walks again when the policy changes during the run (it can change every household)', async () => {
    const db = ledger.service.db;
    const members = db.prepare('SELECT id FROM members ORDER BY id LIMIT 6').all() as { id: number }[];
    for (const m of members) await ledger.call('members.update', { id: m.id, patch: { labourSkill: '无劳动力' } });
    startBackgroundCheck(db, AS_OF);
    await tick();
    await tick();
    const [policy] = await ledger.call('policy.list', {});
    await ledger.call('policy.save', { policy: { ...policy!, year: 2023, labourAgeMin: policy!.labourAgeMin + 3, labourAgeMax: policy!.labourAgeMax - 5 } });
    expect(checkProgress(db)).not.toBeNull();
    await untilDone();
    expect(stored()).toEqual(recomputed(AS_OF));
    expect(db.prepare('SELECT last_change_set FROM check_state').pluck().get()).toBe(lastChangeSet(db));
  });

  it('answers the readers at once while it runs and says it is checking; they get the findings when it ends', async () => {
    const db = ledger.service.db;
    await ledger.call('members.update', { id: (db.prepare('SELECT id FROM members LIMIT 1').get() as { id: number }).id, patch: { medicalStaff: '是' } });
    const summary = await ledger.call('dashboard.summary', {});
    expect(summary.checking).not.toBeNull();
    expect(summary.findings).toBeNull(); // never checked: no stored findings yet
    expect(summary.totals.households).toBe(60); // the rest of the 首页 is there at once
    const counts = await ledger.call('checks.openCount', {});
    expect(counts.checking).not.toBeNull();
    const list = await ledger.call('checks.list', {});
    expect(list.checking).not.toBeNull();
    // All three were answered while the run was still going.
    expect((await ledger.call('checks.progress', {})).checking).not.toBeNull();

    await untilDone();
    const after = await ledger.call('checks.list', {});
    expect(after.checking).toBeNull();
    expect(after.errors + after.reminders).toBeGreaterThan(0);
    expect(stored()).toEqual(recomputed(localIsoDate()));
    const done = await ledger.call('dashboard.summary', {});
    expect(done.checking).toBeNull();
    expect(done.findings?.total).toBe(after.errors + after.reminders);
  });

  it('lets the 疑点清单 export wait for the run while other requests are served', async () => {
    const db = ledger.service.db;
    await ledger.call('members.update', { id: (db.prepare('SELECT id FROM members LIMIT 1').get() as { id: number }).id, patch: { medicalStaff: '是' } });
    let exported = false;
    const file = ledger.call('export.findings', {}).then((f) => {
      exported = true;
      return f;
    });
    await tick();
    const progress = await ledger.call('checks.progress', {});
    expect(progress.checking).not.toBeNull();
    expect(exported).toBe(false);
    const rows = (await file).rows;
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBe(db.prepare('SELECT count(*) AS n FROM check_findings').pluck().get());
  });

  it('re-checks a few touched households at once and sends many to the background', async () => {
    const db = ledger.service.db;
    Object.assign(CHECK_LIMITS, { syncTouched: 2 });
    runFull(db, AS_OF);
    const households = db.prepare('SELECT id FROM households ORDER BY id LIMIT 4').all() as { id: number }[];
    await ledger.call('households.update', { id: households[0]!.id, patch: { guaranteeMedical: '是' } });
    await ledger.call('households.update', { id: households[1]!.id, patch: { guaranteeMedical: '是' } });
    expect(ensureChecks(db, AS_OF)).toBeNull();
    expect(stored()).toEqual(recomputed(AS_OF));
    for (const h of households) await ledger.call('households.update', { id: h.id, patch: { noLabourHousehold: '是' } });
    expect(ensureChecks(db, AS_OF)).not.toBeNull();
    await untilDone();
    expect(stored()).toEqual(recomputed(AS_OF));
  });

  it('a 重新筛查 of a large ledger starts the run and answers at once', async () => {
    const run = await ledger.call('checks.run', { full: true, asOf: AS_OF });
    expect(run.mode).toBe('background');
    expect(run.checking).not.toBeNull();
    await untilDone();
    expect(stored()).toEqual(recomputed(AS_OF));
    Object.assign(CHECK_LIMITS, DEFAULT_LIMITS);
    const small = await ledger.call('checks.run', { full: true, asOf: AS_OF });
    expect(small).toMatchObject({ mode: 'full', households: 60, checking: null });
  });

  it('ends quietly when the ledger is closed under it', async () => {
    const db = ledger.service.db;
    startBackgroundCheck(db, AS_OF);
    await tick();
    db.close();
    for (let i = 0; i < 5; i++) await tick();
    expect(checkProgress(db)).toBeNull();
  });
});
