import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runFull } from '../../../main/checks/run';
import { listFindings, setRuleEnabled, verifyFinding } from '../../../main/checks/store';
import { seedDemo } from '../../../main/demo/seed-demo';
import { Rng } from '../../../main/demo/demo-random';
import { CHECK_RULES } from '../../../shared/domain/checks';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';

let ledger: TempLedger;

beforeEach(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 80, seed: 7 });
});
afterEach(() => ledger.close());

interface Stored {
  key: string;
  ruleId: string;
  severity: string;
  village: string | null;
  householdNo: string;
  id: number;
  verified: number;
}

/** What the list must be, worked out in plain code from every stored finding (issue #9 moved the work into SQL). */
function expected(input: { ruleId?: string; village?: string; includeVerified?: boolean }) {
  const db = ledger.service.db;
  const all = db
    .prepare(
      `SELECT f.finding_key AS key, f.rule_id AS ruleId, f.severity, f.village, f.household_no AS householdNo, f.id, v.finding_key IS NOT NULL AS verified
       FROM check_findings f LEFT JOIN check_verifications v ON v.finding_key = f.finding_key AND v.fingerprint = f.fingerprint
       WHERE f.rule_id NOT IN (SELECT rule_id FROM check_disabled_rules)`,
    )
    .all() as Stored[];
  const rank = (id: string) => CHECK_RULES.findIndex((r) => r.id === id);
  // SQLite's own order of text (binary), NULL first: the order the list always had.
  const text = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);
  const open = all.filter((f) => !f.verified);
  const shown = (input.includeVerified ? all : open)
    .filter((f) => (!input.ruleId || f.ruleId === input.ruleId) && (!input.village || f.village === input.village))
    .sort((a, b) => rank(a.ruleId) - rank(b.ruleId) || text(a.village, b.village) || text(a.householdNo, b.householdNo) || a.id - b.id);
  return {
    total: shown.length,
    errors: open.filter((f) => f.severity === '错误').length,
    reminders: open.filter((f) => f.severity === '提醒').length,
    verified: all.length - open.length,
    byRule: CHECK_RULES.map((r) => ({ ruleId: r.id, count: open.filter((f) => f.ruleId === r.id).length })).filter((r) => r.count > 0),
    keys: shown.map((f) => f.key),
  };
}

describe('the findings list', () => {
  it('lists, counts and orders the findings as the plain reading of the table does, under every filter', async () => {
    const db = ledger.service.db;
    const rng = new Rng(5);
    const members = db.prepare('SELECT id FROM members').pluck().all() as number[];
    const edits: Record<string, string | null>[] = [{ relation: '户主' }, { education: null }, { schooling: '小学' }, { medicalStaff: '是' }, { medicalResident: '否' }, { labourSkill: '无劳动力' }];
    for (let i = 0; i < 60; i++) await ledger.service.dispatch('members.update', { id: rng.pick(members), patch: rng.pick(edits) });
    runFull(db, '2023-07-01');
    const keys = db.prepare('SELECT finding_key FROM check_findings ORDER BY id').pluck().all() as string[];
    expect(new Set(db.prepare('SELECT rule_id FROM check_findings').pluck().all()).size).toBeGreaterThan(2);
    for (const key of keys.filter((_, i) => i % 5 === 0)) verifyFinding(db, '测试员', key, '已核实');
    const [offRule] = db.prepare('SELECT rule_id FROM check_findings GROUP BY rule_id ORDER BY count(*) LIMIT 1').pluck().all() as string[];
    setRuleEnabled(db, '测试员', offRule!, false);
    const villages = db.prepare('SELECT DISTINCT village FROM check_findings WHERE village IS NOT NULL').pluck().all() as string[];
    const rules = db.prepare('SELECT DISTINCT rule_id FROM check_findings').pluck().all() as string[];
    const filters = [{}, { includeVerified: true }, ...villages.map((village) => ({ village })), ...rules.map((ruleId) => ({ ruleId, includeVerified: true })), { ruleId: rules[0]!, village: villages[0]! }];
    for (const filter of filters) {
      const report = listFindings(db, filter);
      const want = expected(filter);
      expect({ total: report.total, errors: report.errors, reminders: report.reminders, verified: report.verified }).toEqual({ total: want.total, errors: want.errors, reminders: want.reminders, verified: want.verified });
      expect(report.byRule.map((r) => ({ ruleId: r.ruleId, count: r.count }))).toEqual(want.byRule);
      expect(report.findings.map((f) => f.key)).toEqual(want.keys);
    }
  });
});
