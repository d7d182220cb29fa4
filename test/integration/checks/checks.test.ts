import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catchUp, runFull } from '../../../main/checks/run';
import { allCheckHouseholds } from '../../../main/checks/load';
import { listFindings } from '../../../main/checks/store';
import { listPolicies } from '../../../main/db/policy';
import { seedDemo } from '../../../main/demo/seed-demo';
import { Rng } from '../../../main/demo/demo-random';
import { evaluateChecks, findingKey, fingerprintOf } from '../../../shared/domain/checks';
import { base64, demoHouseholds, returnSheet, returnTable, returnXlsx } from '../../support/member-returns';
import { tempLedger, type TempLedger } from '../../support/temp-ledger';

const AS_OF = '2023-07-01';
let ledger: TempLedger;

beforeEach(async () => {
  ledger = await tempLedger();
  seedDemo(ledger.service.db, { households: 60, seed: 4 });
});
afterEach(() => ledger.close());

type Row = { id: number; householdId: number };

function stored(target: TempLedger = ledger): string[] {
  const rows = target.service.db.prepare('SELECT finding_key AS k, fingerprint AS f, message AS m FROM check_findings ORDER BY finding_key').all() as { k: string; f: string; m: string }[];
  return rows.map((r) => `${r.k} ${r.f} ${r.m}`);
}

function recomputed(target: TempLedger = ledger): string[] {
  const db = target.service.db;
  const context = { asOf: AS_OF, policies: listPolicies(db) };
  const all = [...allCheckHouseholds(db)].flatMap((chunk) => evaluateChecks(chunk, context));
  return all.map((f) => `${findingKey(f)} ${fingerprintOf(f)} ${f.message}`).sort();
}

const MEMBER_EDITS: Record<string, unknown>[] = [
  { relation: '户主' },
  { relation: '配偶' },
  { relation: '之子' },
  { education: null },
  { schooling: '小学' },
  { labourSkill: '无劳动力' },
  { labourSkill: '普通劳动力' },
  { medicalStaff: '是' },
  { medicalResident: '否' },
  { health: ['健康'] },
];
/** Employment-month patches that break (or mend) the employment rules. */
const EMPLOYMENT_EDITS: Record<string, unknown>[] = [
  { employed: '否', region: '县内', monthsWorked: 3 },
  { employed: '是', region: '省外', workProvince: '浙江省', workCity: '宁波市', workCounty: '鄞州区', monthsWorked: 4, channel: '外出务工' },
  { monthlyWageFen: 5_000 },
  { monthlyWageFen: 300_000 },
  { channel: '公益性岗位', region: '省外' },
  { employed: '是', region: '省内县外', workCounty: null, monthsWorked: 2 },
];
const HOUSEHOLD_EDITS: Record<string, unknown>[] = [{ noLabourHousehold: '是' }, { noLabourHousehold: '否' }, { guaranteeMedical: '是' }, { monitorStart: '2023-05', riskEnd: '2023-01' }];

describe('data check runs on a real ledger', () => {
  it('finds nothing in the clean demo ledger', () => {
    const run = runFull(ledger.service.db, AS_OF);
    expect(run.households).toBe(60);
    expect(stored()).toEqual([]);
  });

  it('an incremental catch-up after random edits, removals, income, employment and undo equals a full run', async () => {
    const db = ledger.service.db;
    runFull(db, AS_OF);
    const members = db.prepare('SELECT id, household_id AS householdId FROM members').all() as Row[];
    const households = db.prepare('SELECT id FROM households').all() as { id: number }[];
    const labourers = db.prepare('SELECT DISTINCT member_id AS id FROM employment_records ORDER BY member_id').all() as { id: number }[];
    const rng = new Rng(20231);
    let incremental = 0;
    let employmentWrites = 0;
    const employmentStep = async (): Promise<boolean> => {
      const roll = rng.next();
      const memberId = rng.pick(labourers).id;
      if (roll < 0.5) {
        return (await ledger.service.dispatch('employment.update', { memberId, month: rng.pick(['2023-07', '2023-08', '2023-09']), patch: rng.pick(EMPLOYMENT_EDITS) })).ok;
      }
      if (roll < 0.7) return (await ledger.service.dispatch('returnees.open', { memberId, values: { returnDate: '2023-04-15', originRegion: '省外回流' } })).ok;
      if (roll < 0.9) return (await ledger.service.dispatch('services.add', { memberId, date: `2023-0${rng.int(4, 6)}-10`, kind: '就业指导' })).ok;
      const event = db.prepare('SELECT id FROM service_events ORDER BY random() LIMIT 1').get() as { id: number } | undefined;
      return event !== undefined && (await ledger.service.dispatch('services.remove', { id: event.id })).ok;
    };
    for (let step = 0; step < 90; step++) {
      const roll = rng.next();
      if (roll < 0.35) {
        const m = rng.pick(members);
        await ledger.service.dispatch('members.update', { id: m.id, patch: rng.pick(MEMBER_EDITS) });
      } else if (roll < 0.5) {
        await ledger.service.dispatch('households.update', { id: rng.pick(households).id, patch: rng.pick(HOUSEHOLD_EDITS) });
      } else if (roll < 0.57) {
        await ledger.service.dispatch('members.remove', { id: rng.pick(members).id, status: '迁出' });
      } else if (roll < 0.67) {
        await ledger.service.dispatch('edits.undo', {});
      } else if (roll < 0.74) {
        await ledger.service.dispatch('income.save', { householdId: rng.pick(households).id, period: '2023-06', values: { wageIncome: rng.int(0, 2_000_000), transferIncome: 0 } });
      } else if (await employmentStep()) {
        employmentWrites++;
      }
      if (step % 3 === 2) {
        const run = catchUp(db, AS_OF);
        if (run.mode === 'incremental') incremental++;
        expect(stored()).toEqual(recomputed());
      }
    }
    expect(incremental).toBeGreaterThan(10);
    expect(employmentWrites).toBeGreaterThan(10);
    expect(stored().length).toBeGreaterThan(0);
    // The employment and 返乡回流 rules took part: their findings are among those kept in step.
    expect(stored().some((f) => f.startsWith('employment.') || f.startsWith('returnee.') || f.startsWith('member.no-labour-employed'))).toBe(true);
  });

  it('catches up an imported village return and its undo incrementally, like a full run', async () => {
    const fresh = await tempLedger();
    try {
      const db = fresh.service.db;
      runFull(db, AS_OF);
      const { town, households } = demoHouseholds(15, 8);
      const workbook = async (table: string[][]) => base64(await returnXlsx(returnSheet(table, { title: '龙仙镇2023年7月家庭成员信息表' })));
      const importTable = async (fileName: string, table: string[][]) => {
        const staged = await fresh.call('imports.stage', { fileName, contentBase64: await workbook(table) });
        return (await fresh.call('imports.commit', { sessionId: staged.sessionId })).batchId;
      };
      // The first import creates the villages: a change to places re-checks everything.
      await importTable('6月.xlsx', returnTable(town, households));
      expect(catchUp(db, AS_OF).mode).toBe('full');
      expect(stored(fresh)).toEqual(recomputed(fresh));

      const table = returnTable(town, households);
      const educationColumn = (table[0] as string[]).indexOf('文化程度');
      // A blank cell keeps the ledger's value; a 文化程度 typed for a pupil makes both filled.
      const schoolingColumn = (table[0] as string[]).indexOf('在校生状况');
      const pupil = table.findIndex((row, i) => i > 0 && row[schoolingColumn] === '小学');
      (table[pupil] as string[])[educationColumn] = '小学';
      const badId = (table[pupil] as string[])[(table[0] as string[]).indexOf('证件号码')];
      const batchId = await importTable('7月.xlsx', table);
      const afterImport = catchUp(db, AS_OF);
      expect(afterImport.mode).toBe('incremental');
      expect(afterImport.households).toBe(1);
      expect(stored(fresh)).toEqual(recomputed(fresh));
      // Read without catching up: checks.list would re-check for today's date, not AS_OF.
      const finding = listFindings(db, {}).findings.find((f) => f.ruleId === 'member.education-xor-schooling');
      expect(finding?.message).toContain('同时填了');
      const member = db.prepare('SELECT id FROM members WHERE id_no = ?').get(badId) as { id: number };
      expect(finding?.memberId).toBe(member.id);

      await fresh.call('imports.undo', { batchId });
      const afterUndo = catchUp(db, AS_OF);
      expect(afterUndo.mode).toBe('incremental');
      expect(afterUndo.households).toBe(1);
      expect(stored(fresh)).toEqual(recomputed(fresh));
      expect(stored(fresh).filter((f) => f.includes('member.education-xor-schooling'))).toEqual([]);
    } finally {
      fresh.close();
    }
  });

  it('keeps a 已核实 finding hidden until the values it read change, and hides switched-off rules', async () => {
    const db = ledger.service.db;
    const member = db.prepare("SELECT id FROM members WHERE status = '在户' AND education IS NOT NULL AND relation != '户主' LIMIT 1").get() as { id: number };
    await ledger.call('members.update', { id: member.id, patch: { medicalStaff: '是' } });
    await ledger.call('checks.run', { full: true, asOf: AS_OF });
    const list = () => ledger.call('checks.list', {});
    const before = await list();
    const finding = before.findings.find((f) => f.ruleId === 'insurance.medical-exactly-one' && f.memberId === member.id);
    expect(finding?.message).toContain('都填了是');
    expect(await ledger.call('checks.openCount', {})).toMatchObject({ errors: before.errors });

    await ledger.call('checks.verify', { key: finding!.key, note: '医保局确认两种都在缴，待停一种' });
    expect((await list()).findings.some((f) => f.key === finding!.key)).toBe(false);
    const withVerified = await ledger.call('checks.list', { includeVerified: true });
    expect(withVerified.findings.find((f) => f.key === finding!.key)?.verified?.note).toContain('医保局');

    // An unrelated edit to the same member keeps the mark; a change to a value the rule read drops it.
    await ledger.call('members.update', { id: member.id, patch: { political: '群众' } });
    expect((await list()).findings.some((f) => f.key === finding!.key)).toBe(false);
    // Values that come back to the verified ones keep the mark (same fingerprint).
    await ledger.call('members.update', { id: member.id, patch: { medicalResident: '否' } });
    await ledger.call('members.update', { id: member.id, patch: { medicalResident: '是' } });
    expect((await list()).findings.some((f) => f.key === finding!.key)).toBe(false);
    await ledger.call('members.update', { id: member.id, patch: { medicalResident: '否', medicalStaff: '否' } });
    const uninsured = (await list()).findings.find((f) => f.key === finding!.key);
    expect(uninsured?.message).toContain('未参加基本医疗保险');

    const rules = await ledger.call('checks.setRule', { ruleId: 'insurance.medical-exactly-one', enabled: false });
    expect(rules.find((r) => r.id === 'insurance.medical-exactly-one')?.enabled).toBe(false);
    expect((await list()).findings.some((f) => f.ruleId === 'insurance.medical-exactly-one')).toBe(false);
    await ledger.call('checks.setRule', { ruleId: 'insurance.medical-exactly-one', enabled: true });
    expect((await list()).findings.some((f) => f.ruleId === 'insurance.medical-exactly-one')).toBe(true);

    // Fixed: the finding is gone on the next read.
    await ledger.call('members.update', { id: member.id, patch: { medicalResident: '是' } });
    expect((await list()).findings.some((f) => f.memberId === member.id)).toBe(false);
  });

  it('refuses a 已核实 mark without a note, for a finding that is gone, and an unknown rule, in Chinese', async () => {
    const empty = await ledger.fail('checks.verify', { key: 'x', note: '  ' });
    expect(JSON.stringify(empty)).toContain('请填写核实说明');
    expect((await ledger.fail('checks.verify', { key: 'no-such|member:1|x', note: '已核实' })).message).toContain('已不存在');
    expect((await ledger.fail('checks.setRule', { ruleId: 'no.such', enabled: false })).message).toContain('没有');
  });
});
