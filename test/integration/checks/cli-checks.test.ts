import * as XLSX from '@e965/xlsx';
import Database from '../../../main/db/driver';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openService } from '../../../main/service';
import { runCli } from '../../support/cli';
import { tempDir } from '../../support/temp-ledger';

let dir: string;
let cleanup: () => void;
let db: string;
/** rule id -> the record id the injected fault must be reported on. */
const injected: { rule: string; recordId: number }[] = [];

type Member = { id: number; householdId: number };

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'town.db');
  expect(runCli('seed-demo', '--db', db, '--households', '150', '--seed', '7').code).toBe(0);
  const clean = runCli('check', '--db', db, '--as-of', '2023-07-01', '--json');
  expect(clean.code).toBe(0);
  expect(JSON.parse(clean.stdout).count).toBe(0);

  const service = await openService(db, { actor: '测试员' });
  const used = new Set<number>();
  const pick = (sql: string): Member => {
    const rows = service.db.prepare(sql).all() as Member[];
    const row = rows.find((r) => !used.has(r.householdId));
    if (!row) throw new Error(`no candidate for ${sql}`);
    used.add(row.householdId);
    return row;
  };
  const update = async (method: 'members.update' | 'households.update', id: number, patch: Record<string, unknown>) => {
    const result = await service.dispatch(method, { id, patch });
    if (!result.ok) throw new Error(result.error.message);
  };
  // Adults with a 文化程度 in households where someone else also works, so one edit makes one fault.
  const adult = `SELECT m.id, m.household_id AS householdId FROM members m WHERE m.status = '在户' AND m.relation != '户主' AND m.education IS NOT NULL
    AND m.labour_skill IN ('技能劳动力', '普通劳动力') AND m.health = '["健康"]' AND m.medical_resident = '是'
    AND CAST(substr(m.id_no, 7, 4) AS INTEGER) BETWEEN 1970 AND 2000
    AND (SELECT count(*) FROM members o WHERE o.household_id = m.household_id AND o.status = '在户' AND o.labour_skill IN ('技能劳动力', '普通劳动力')) >= 2
    AND (SELECT count(*) FROM members s WHERE s.household_id = m.household_id AND s.status = '在户' AND s.relation = '配偶') = 0 ORDER BY m.id`;

  let m = pick(adult);
  await update('members.update', m.id, { education: null });
  injected.push({ rule: 'member.education-xor-schooling', recordId: m.id });
  m = pick(adult);
  await update('members.update', m.id, { medicalStaff: '是' });
  injected.push({ rule: 'insurance.medical-exactly-one', recordId: m.id });
  // Not one who works: 无劳动力 with a 务工 month is a fault of its own (member.no-labour-employed).
  m = pick(adult.replace(' ORDER BY m.id', " AND NOT EXISTS (SELECT 1 FROM employment_records e WHERE e.member_id = m.id AND e.employed = '是') ORDER BY m.id"));
  await update('members.update', m.id, { labourSkill: '无劳动力' });
  injected.push({ rule: 'member.working-age-no-labour', recordId: m.id });
  m = pick(adult);
  await update('members.update', m.id, { relation: '户主' });
  injected.push({ rule: 'household.one-head', recordId: m.householdId });
  m = pick(adult);
  await update('households.update', m.householdId, { noLabourHousehold: '是' });
  injected.push({ rule: 'household.no-labour', recordId: m.householdId });
  const monitored = pick("SELECT h.id AS householdId, h.id FROM households h WHERE h.risk_end IS NOT NULL ORDER BY h.id");
  const start = (service.db.prepare('SELECT monitor_start AS s FROM households WHERE id = ?').get(monitored.householdId) as { s: string }).s;
  await update('households.update', monitored.householdId, { riskEnd: `${Number(start.slice(0, 4)) - 1}${start.slice(4)}` });
  injected.push({ rule: 'household.risk-end-before-start', recordId: monitored.householdId });

  // Employment faults, one labourer-month (or 返乡 case) in a household of its own each.
  const month = (memberId: number, value: string) => (service.db.prepare('SELECT id FROM employment_records WHERE member_id = ? AND month = ?').get(memberId, value) as { id: number }).id;
  const saveMonth = async (memberId: number, patch: Record<string, unknown>) => {
    const result = await service.dispatch('employment.update', { memberId, month: '2023-08', patch });
    if (!result.ok) throw new Error(result.error.message);
    return month(memberId, '2023-08');
  };
  const labourer = (where: string) =>
    `SELECT m.id, m.household_id AS householdId FROM members m WHERE m.status = '在户'
       AND (SELECT count(*) FROM employment_records e WHERE e.member_id = m.id AND ${where}) = 3 ORDER BY m.id`;
  const idle = labourer("e.employed = '否'");
  const away = labourer("e.employed = '是' AND e.region = '省外'");
  m = pick(idle);
  injected.push({ rule: 'employment.employed-fields', recordId: await saveMonth(m.id, { region: '县内', monthsWorked: 3 }) });
  m = pick(away);
  injected.push({ rule: 'employment.wage-plausible', recordId: await saveMonth(m.id, { monthlyWageFen: 5_000 }) });
  m = pick(away);
  injected.push({ rule: 'employment.outside-place', recordId: await saveMonth(m.id, { workCounty: null }) });
  m = pick(away);
  injected.push({ rule: 'employment.public-post', recordId: await saveMonth(m.id, { channel: '公益性岗位' }) });
  m = pick(idle);
  const opened = await service.dispatch('returnees.open', { memberId: m.id, values: { returnDate: '2023-04-10', originRegion: '省外回流' } });
  if (!opened.ok) throw new Error(opened.error.message);
  injected.push({ rule: 'returnee.follow-up', recordId: (opened.value as { id: number }).id });
  service.close();
});
afterAll(() => cleanup());

describe('check and export findings commands', () => {
  it('finds each fault injected into the demo ledger and no others', () => {
    const result = runCli('check', '--db', db, '--as-of', '2023-07-01', '--json');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { count: number; errors: number; findings: { ruleId: string; recordId: number; message: string; severity: string }[] };
    const found = out.findings.map((f) => `${f.ruleId}@${f.recordId}`).sort();
    expect(found).toEqual(injected.map((i) => `${i.rule}@${i.recordId}`).sort());
    expect(out.errors).toBe(out.findings.filter((f) => f.severity === '错误').length);
    for (const f of out.findings) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('filters by --rule and refuses an unknown rule with exit code 2', () => {
    const one = JSON.parse(runCli('check', '--db', db, '--as-of', '2023-07-01', '--rule', 'household.one-head', '--json').stdout) as { findings: { ruleId: string }[] };
    expect(one.findings.map((f) => f.ruleId)).toEqual(['household.one-head']);
    const bad = runCli('check', '--db', db, '--rule', 'no.such-rule');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('没有“no.such-rule”这条筛查规则');
  });

  it('exports a 疑点清单 workbook with one sheet per village and masked IDs', () => {
    const out = join(dir, '疑点清单.xlsx');
    expect(runCli('export', 'findings', '--db', db, '--out', out).code).toBe(0);
    const book = XLSX.read(readFileSync(out));
    const reader = new Database(db, { readonly: true });
    const villages = (reader.prepare('SELECT DISTINCT village FROM check_findings').all() as { village: string }[]).map((r) => r.village);
    const ids = (reader.prepare('SELECT id_no AS id FROM members').all() as { id: string }[]).map((r) => r.id);
    reader.close();
    expect([...book.SheetNames].sort()).toEqual([...villages].sort());
    const text = book.SheetNames.map((n) => XLSX.utils.sheet_to_csv(book.Sheets[n]!)).join('\n');
    expect(text).toContain('数据筛查疑点清单');
    expect(text).toContain('核实更正情况');
    for (const id of ids) expect(text).not.toContain(id);
  });
});
