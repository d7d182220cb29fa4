import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employmentGenerator } from '../../main/demo/demo-employment';
import { seedScale } from '../../main/demo/seed-scale';
import { mutate } from '../../main/db/mutate';
import type { Db } from '../../main/db/open';
import { currentPolicy, isLabourer, labourerCondition } from '../../main/employment/labourers';
import { syncReturnees } from '../../main/employment/returnee-sync';
import { localIsoDate } from '../../shared/domain/periods';
import { runCli } from '../support/cli';
import { tempDir, tempLedger, type TempLedger } from '../support/temp-ledger';

const PERSONS = 20_000;
let ledger: TempLedger;
let db: Db;

beforeAll(async () => {
  ledger = await tempLedger();
  db = ledger.service.db;
  seedScale(db, { persons: PERSONS, seed: 5 });
});
afterAll(() => ledger.close());

const ids = (rows: unknown[]) => (rows as { id: number }[]).map((r) => r.id);
const sqlLabourers = (d: Db, window: { labourAgeMin: number; labourAgeMax: number }) =>
  ids(d.prepare(`SELECT m.id FROM members m JOIN households h ON h.id = m.household_id WHERE ${labourerCondition(window)} ORDER BY m.id`).all());

interface ValuesRow {
  id: number;
  idNo: string;
  status: string;
  labourSkill: string | null;
  schooling: string | null;
  householdStatus: string;
  householdType: string;
  monitorCategory: string | null;
}

/** The JS predicate over the stored values, read back as field values. */
function jsLabourers(d: Db, window: { labourAgeMin: number; labourAgeMax: number }, today = localIsoDate()): number[] {
  const rows = d
    .prepare(
      `SELECT m.id, m.id_no AS idNo, m.status, m.labour_skill AS labourSkill, m.schooling, h.status AS householdStatus,
         h.household_type AS householdType, h.monitor_category AS monitorCategory
       FROM members m JOIN households h ON h.id = m.household_id ORDER BY m.id`,
    )
    .all() as ValuesRow[];
  return rows
    .filter((r) => isLabourer(r, { status: r.householdStatus, householdType: r.householdType, monitorCategory: r.monitorCategory }, window, today))
    .map((r) => r.id);
}

const count = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

function digest(d: Db): Record<string, { rows: number; sha1: string }> {
  const out: Record<string, { rows: number; sha1: string }> = {};
  for (const table of ['employment_records', 'returnee_cases', 'service_events']) {
    const rows = d.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Record<string, unknown>[];
    const stable = rows.map(({ created_at: _c, updated_at: _u, ...rest }) => rest);
    out[table] = { rows: rows.length, sha1: createHash('sha1').update(JSON.stringify(stable)).digest('hex') };
  }
  return out;
}

describe('employment at county scale (seed-demo --persons)', () => {
  it('writes 2023-07 … 2023-09 for every labourer and nobody else, in the demo town proportions', () => {
    const labourers = count('SELECT count(DISTINCT member_id) AS n FROM employment_records');
    expect(count('SELECT count(*) AS n FROM employment_records')).toBe(labourers * 3);
    expect((db.prepare('SELECT DISTINCT month FROM employment_records ORDER BY month').all() as { month: string }[]).map((r) => r.month)).toEqual(['2023-07', '2023-08', '2023-09']);
    expect(count("SELECT count(*) AS n FROM (SELECT member_id FROM employment_records GROUP BY member_id HAVING count(DISTINCT month) <> 3)")).toBe(0);
    // Patterns: about 55% away, 20% in the county, 20% idle in July (returners were away then).
    const july = (where: string) => count(`SELECT count(*) AS n FROM employment_records WHERE month = '2023-07' AND ${where}`) / labourers;
    expect(july("employed = '是' AND region <> '县内'")).toBeGreaterThan(0.52);
    expect(july("employed = '是' AND region <> '县内'")).toBeLessThan(0.68);
    expect(july("region = '县内'")).toBeGreaterThan(0.15);
    expect(july("employed = '否'")).toBeGreaterThan(0.15);
    expect(july("employed = '否'")).toBeLessThan(0.25);
  });

  it('opens 返乡回流 cases for the labourers who came home, the same the rule finds over the stored months', () => {
    const labourers = count('SELECT count(DISTINCT member_id) AS n FROM employment_records');
    const cases = db.prepare("SELECT member_id AS memberId, return_date AS returnDate, status FROM returnee_cases ORDER BY id").all() as { memberId: number; returnDate: string; status: string }[];
    expect(cases.length / labourers).toBeGreaterThan(0.03);
    expect(cases.length / labourers).toBeLessThan(0.07);
    expect(new Set(cases.map((c) => c.returnDate))).toEqual(new Set(['2023-08']));
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(['跟踪中', '已再就业']));
    // Every case: away in July, home in August.
    expect(count(`SELECT count(*) AS n FROM returnee_cases r JOIN employment_records e ON e.member_id = r.member_id AND e.month = '2023-07'
      WHERE e.employed <> '是' OR e.region = '县内'`)).toBe(0);
    // Re-running the rule over what is stored (the import path) finds nothing new for anyone.
    const everyone = ids(db.prepare('SELECT DISTINCT member_id AS id FROM employment_records ORDER BY member_id').all());
    const opened = mutate(db, { actor: 'test', source: 'system', label: 're-run the returnee rule' }, (m) => everyone.flatMap((id) => syncReturnees(db, m, id)));
    expect(opened).toEqual([]);
    expect(count('SELECT count(*) AS n FROM returnee_cases')).toBe(cases.length);
  });

  it('gives HR service events in Q3 only to labourers not working in July with a job or training need', async () => {
    const served = count('SELECT count(DISTINCT member_id) AS n FROM service_events');
    expect(served).toBeGreaterThan(0);
    expect(count(`SELECT count(DISTINCT s.member_id) AS n FROM service_events s JOIN employment_records e ON e.member_id = s.member_id AND e.month = '2023-07'
      WHERE e.employed = '否' AND (e.job_need = '是' OR e.training_need = '是')`)).toBe(served);
    const needing = count("SELECT count(*) AS n FROM employment_records WHERE month = '2023-07' AND employed = '否' AND (job_need = '是' OR training_need = '是')");
    // About 80% of those with needs got something; the rest nothing yet.
    expect(served / needing).toBeGreaterThan(0.7);
    expect(served / needing).toBeLessThan(0.9);
    expect(count("SELECT count(*) AS n FROM service_events WHERE event_date NOT BETWEEN '2023-07-01' AND '2023-09-30'")).toBe(0);
    // Some meet 1/1/3, some fall short (the 就业帮扶落实情况表 has work to show).
    const standing = await ledger.call('services.quarter', { quarter: '2023Q3' });
    expect(standing.rows.length).toBe(needing);
    expect(standing.rows.filter((r) => r.met).length).toBeGreaterThan(needing * 0.3);
    expect(standing.rows.filter((r) => !r.met).length).toBeGreaterThan(needing * 0.3);
  });

  it('is deterministic: the same seed writes the same rows, another seed others', async () => {
    const seeded = async (seed: number) => {
      const other = await tempLedger();
      try {
        seedScale(other.service.db, { persons: 4_000, seed });
        return digest(other.service.db);
      } finally {
        other.close();
      }
    };
    const first = await seeded(9);
    expect(first.employment_records!.rows).toBeGreaterThan(0);
    expect(first.returnee_cases!.rows).toBeGreaterThan(0);
    expect(await seeded(9)).toEqual(first);
    expect((await seeded(10)).employment_records!.sha1).not.toBe(first.employment_records!.sha1);
  });

  it('seed-demo --persons says how many employment months, returnee cases and services it wrote', () => {
    const { dir, cleanup } = tempDir();
    try {
      const json = runCli('seed-demo', '--db', join(dir, 'a.db'), '--persons', '1500', '--seed', '3', '--json');
      expect(json.code).toBe(0);
      const counts = JSON.parse(json.stdout) as Record<string, number>;
      expect(counts.employmentRecords).toBeGreaterThan(counts.members! * 0.3 * 3);
      expect(counts.serviceEvents).toBeGreaterThan(0);
      const text = runCli('seed-demo', '--db', join(dir, 'b.db'), '--persons', '1500', '--seed', '3');
      expect(text.stdout).toContain(`务工月报 ${counts.employmentRecords} 条，返乡回流 ${counts.returneeCases} 人次，就业帮扶服务 ${counts.serviceEvents} 次`);
    } finally {
      cleanup();
    }
  });

  it('is the registered generator, so seed-demo --persons writes employment by default, and can be left out', async () => {
    const bare = await tempLedger();
    try {
      seedScale(bare.service.db, { persons: 500, seed: 5, extraGenerators: [] });
      expect((bare.service.db.prepare('SELECT count(*) AS n FROM employment_records').get() as { n: number }).n).toBe(0);
    } finally {
      bare.close();
    }
    const explicit = await tempLedger();
    try {
      seedScale(explicit.service.db, { persons: 500, seed: 5, extraGenerators: [employmentGenerator()] });
      expect((explicit.service.db.prepare('SELECT count(*) AS n FROM employment_records').get() as { n: number }).n).toBeGreaterThan(0);
    } finally {
      explicit.close();
    }
  });
});

// Last: the birthday test edits members of the shared ledger.
describe('脱贫劳动力 in JS and in SQL', () => {
  it('the seeder gives employment months to exactly the members the SQL condition calls labourers', () => {
    const labourers = sqlLabourers(db, currentPolicy(db));
    expect(labourers.length).toBeGreaterThan(PERSONS * 0.3);
    expect(ids(db.prepare('SELECT DISTINCT member_id AS id FROM employment_records ORDER BY member_id').all())).toEqual(labourers);
  });

  it('isLabourer and labourerCondition pick the same members, whatever the age window', () => {
    for (const window of [{ labourAgeMin: 16, labourAgeMax: 59 }, { labourAgeMin: 16, labourAgeMax: 64 }, { labourAgeMin: 18, labourAgeMax: 45 }]) {
      const sql = sqlLabourers(db, window);
      expect(sql.length).toBeGreaterThan(0);
      expect(jsLabourers(db, window)).toEqual(sql);
    }
  });

  it('agrees on the birthday edges: a member reaching the window\'s ends today, tomorrow or yesterday', () => {
    const window = currentPolicy(db);
    const today = localIsoDate();
    /** 证件号码 birth date of someone who turns `age` on the day `offset` days from today. */
    const born = (age: number, offset: number) => {
      const day = localIsoDate(new Date(Date.now() + offset * 86_400_000));
      return `${Number(day.slice(0, 4)) - age}${day.slice(5, 7)}${day.slice(8, 10)}`;
    };
    const { labourAgeMin: min, labourAgeMax: max } = window;
    // [birth, labourer?]: min today in, min tomorrow out (still min − 1); max + 1 today or yesterday out; max + 1 tomorrow in.
    const edges = [[born(min, 0), true], [born(min, 1), false], [born(max + 1, 0), false], [born(max + 1, 1), true], [born(max + 1, -1), false], [born(max, 1), true]] as const;
    const labourers = sqlLabourers(db, window).slice(0, edges.length);
    mutate(db, { actor: 'test', source: 'edit', label: 'birthdays on the edges' }, (m) => {
      labourers.forEach((id, i) => {
        const idNo = (db.prepare('SELECT id_no AS idNo FROM members WHERE id = ?').get(id) as { idNo: string }).idNo;
        m.update('members', id, { idNo: `${idNo.slice(0, 6)}${edges[i]![0]}${idNo.slice(14)}` });
      });
    });
    const sql = sqlLabourers(db, window);
    expect(jsLabourers(db, window, today)).toEqual(sql);
    expect(labourers.map((id) => sql.includes(id))).toEqual(edges.map(([, inside]) => inside));
  });
});
