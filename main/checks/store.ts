/**
 * Reading the persisted findings: filtered by rule and village, without switched-off rules, with
 * their 已核实 state (a mark counts only while its fingerprint equals the finding's, i.e. while
 * the values the rule read are unchanged), grouped counts by rule and by village; marking and
 * unmarking 已核实; switching rules off and on.
 */
import type { FindingRow, FindingsReport, RuleRow } from '../../shared/api/checks-contract';
import { ApiError } from '../../shared/api/errors';
import { CHECK_RULES, checkRule } from '../../shared/domain/checks';
import type { Db } from '../db/open';

export const MAX_FINDINGS = 5000;

interface RawRow {
  key: string;
  ruleId: string;
  severity: '错误' | '提醒';
  householdId: number;
  householdNo: string;
  village: string | null;
  headName: string | null;
  memberId: number | null;
  memberName: string | null;
  recordKind: string;
  recordId: number;
  field: string;
  readValues: string;
  message: string;
  note: string | null;
  verifiedBy: string | null;
  verifiedAt: string | null;
}

export function disabledRules(db: Db): string[] {
  return (db.prepare('SELECT rule_id AS id FROM check_disabled_rules ORDER BY rule_id').all() as { id: string }[]).map((r) => r.id);
}

const SELECT = `SELECT f.finding_key AS key, f.rule_id AS ruleId, f.severity, f.household_id AS householdId, f.household_no AS householdNo,
  f.village, f.head_name AS headName, f.member_id AS memberId, f.member_name AS memberName, f.record_kind AS recordKind,
  f.record_id AS recordId, f.field, f.read_values AS readValues, f.message, v.note, v.actor AS verifiedBy, v.at AS verifiedAt
  FROM check_findings f LEFT JOIN check_verifications v ON v.finding_key = f.finding_key AND v.fingerprint = f.fingerprint
  WHERE f.rule_id NOT IN (SELECT rule_id FROM check_disabled_rules)`;

/** The rule catalogue's order as an SQL rank: the position of |id| in the bound list |a|b|…| (unknown ids: 0, first). */
const RULE_RANK = "instr(@ruleOrder, '|' || f.rule_id || '|')";
const RULE_ORDER = `|${CHECK_RULES.map((r) => r.id).join('|')}|`;

/**
 * Counts come from one grouped pass (rule × severity × village × open), and only the rows shown
 * (at most MAX_FINDINGS + 1) are read and parsed: a million-member ledger can hold tens of
 * thousands of findings, and reading them all took half a second per view (issue #9).
 */
export function listFindings(db: Db, input: { ruleId?: string | undefined; village?: string | undefined; includeVerified?: boolean | undefined }): FindingsReport {
  if (input.ruleId && !checkRule(input.ruleId)) throw new ApiError('checks.unknown-rule', `没有“${input.ruleId}”这条筛查规则`);
  const groups = db.prepare(`SELECT ruleId, severity, village, note IS NULL AS open, count(*) AS n FROM (${SELECT}) GROUP BY 1, 2, 3, 4`).all() as {
    ruleId: string;
    severity: string;
    village: string | null;
    open: number;
    n: number;
  }[];
  const open = groups.filter((g) => g.open === 1);
  const sum = (list: typeof groups) => list.reduce((n, g) => n + g.n, 0);
  const matches = (g: (typeof groups)[number]) => (input.includeVerified || g.open === 1) && (!input.ruleId || g.ruleId === input.ruleId) && (!input.village || g.village === input.village);
  const total = sum(groups.filter(matches));
  const byRule = CHECK_RULES.map((r) => ({ ruleId: r.id, ruleName: r.name, severity: r.severity, count: sum(open.filter((g) => g.ruleId === r.id)) })).filter((r) => r.count > 0);
  const villages = new Map<string, number>();
  for (const g of open) villages.set(g.village ?? '（未填村）', (villages.get(g.village ?? '（未填村）') ?? 0) + g.n);
  const rows = db
    .prepare(
      `${SELECT} ${input.includeVerified ? '' : 'AND v.note IS NULL'} ${input.ruleId ? 'AND f.rule_id = @ruleId' : ''} ${input.village ? 'AND f.village = @village' : ''}
       ORDER BY ${RULE_RANK}, f.village, f.household_no, f.id LIMIT ${MAX_FINDINGS}`,
    )
    .all({ ruleOrder: RULE_ORDER, ...(input.ruleId ? { ruleId: input.ruleId } : {}), ...(input.village ? { village: input.village } : {}) }) as RawRow[];
  return {
    total,
    truncated: total > MAX_FINDINGS,
    errors: sum(open.filter((g) => g.severity === '错误')),
    reminders: sum(open.filter((g) => g.severity === '提醒')),
    verified: sum(groups) - sum(open),
    byRule,
    byVillage: [...villages].map(([village, count]) => ({ village, count })).sort((a, b) => b.count - a.count || a.village.localeCompare(b.village, 'zh-Hans-CN')),
    findings: rows.map(toRow),
  };
}

function toRow(r: RawRow): FindingRow {
  return {
    key: r.key,
    ruleId: r.ruleId,
    ruleName: checkRule(r.ruleId)?.name ?? r.ruleId,
    severity: r.severity,
    householdId: r.householdId,
    householdNo: r.householdNo,
    village: r.village,
    headName: r.headName,
    memberId: r.memberId,
    memberName: r.memberName,
    recordKind: r.recordKind,
    recordId: r.recordId,
    field: r.field,
    read: JSON.parse(r.readValues) as FindingRow['read'],
    message: r.message,
    verified: r.note === null ? null : { note: r.note, actor: r.verifiedBy ?? '', at: r.verifiedAt ?? '' },
  };
}

export function openCounts(db: Db): { errors: number; reminders: number } {
  const rows = db.prepare(`SELECT severity, count(*) AS n FROM (${SELECT}) WHERE note IS NULL GROUP BY severity`).all() as { severity: string; n: number }[];
  return { errors: rows.find((r) => r.severity === '错误')?.n ?? 0, reminders: rows.find((r) => r.severity === '提醒')?.n ?? 0 };
}

export function verifyFinding(db: Db, actor: string, key: string, note: string): void {
  const row = db.prepare('SELECT fingerprint FROM check_findings WHERE finding_key = ?').get(key) as { fingerprint: string } | undefined;
  if (!row) throw new ApiError('checks.finding-gone', '这条疑点已不存在（数据已更正或已重新筛查），请刷新列表');
  db.prepare(
    `INSERT INTO check_verifications (finding_key, fingerprint, note, actor, at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (finding_key) DO UPDATE SET fingerprint = excluded.fingerprint, note = excluded.note, actor = excluded.actor, at = excluded.at`,
  ).run(key, row.fingerprint, note, actor, new Date().toISOString());
}

export function unverifyFinding(db: Db, key: string): void {
  db.prepare('DELETE FROM check_verifications WHERE finding_key = ?').run(key);
}

export function listRules(db: Db): RuleRow[] {
  const off = new Set(disabledRules(db));
  return CHECK_RULES.map((r) => ({ id: r.id, name: r.name, severity: r.severity, description: r.description, reads: [...r.reads], enabled: !off.has(r.id) }));
}

export function setRuleEnabled(db: Db, actor: string, ruleId: string, enabled: boolean): void {
  if (!checkRule(ruleId)) throw new ApiError('checks.unknown-rule', `没有“${ruleId}”这条筛查规则`);
  if (enabled) db.prepare('DELETE FROM check_disabled_rules WHERE rule_id = ?').run(ruleId);
  else db.prepare('INSERT OR REPLACE INTO check_disabled_rules (rule_id, actor, at) VALUES (?, ?, ?)').run(ruleId, actor, new Date().toISOString());
}
