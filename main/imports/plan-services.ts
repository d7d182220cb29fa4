/**
 * Planning a 人社就业帮扶反馈表 import, in either shape:
 *   - per service event: an event already in the ledger (same person, date, type, employer, post
 *     and project) is unchanged; identical rows count as that many events;
 *   - per person with counts for a quarter: the ledger's events in that quarter are counted by
 *     type, and only the shortfall is added, as events dated on the quarter's last day (the
 *     bureau's feedback says how many, not when). A count below the ledger's is a warning —
 *     nothing recorded is deleted. So re-importing the town's own 就业帮扶落实情况表 changes nothing.
 * A stated 是否达标 that disagrees with the counts after import is a warning.
 */
import type { ServiceKind } from '../../shared/domain/employment';
import { serviceVerdict } from '../../shared/domain/employment';
import { policyFor } from '../../shared/domain/policy';
import type { Db } from '../db/open';
import { listPolicies } from '../db/policy';
import { serviceCounts } from '../db/services';
import { spanOf } from '../employment/needs';
import type { FieldChange } from './compare';
import type { HrImportRow, ServiceCountImportRow, ServiceEventImportRow } from './employment-rows';
import { personFinder, planOf, type Entry } from './plan-employment';
import type { ImportPlan } from './plan';

const KINDS: [key: 'guidance' | 'training' | 'recommendations', kind: ServiceKind, unit: string][] = [
  ['guidance', '就业指导', '次'],
  ['training', '就业培训', '次'],
  ['recommendations', '岗位推荐', '个'],
];

function eventEntries(db: Db, rows: ServiceEventImportRow[], find: ReturnType<typeof personFinder>): Entry[] {
  const existing = db.prepare(
    `SELECT count(*) AS n FROM service_events WHERE member_id = ? AND event_date = ? AND kind = ?
       AND ifnull(employer, '') = ? AND ifnull(post, '') = ? AND ifnull(project, '') = ?`,
  );
  const inFile = new Map<string, number>();
  const entries: Entry[] = [];
  for (const row of rows) {
    const v = row.values;
    if (row.errors.length > 0 || v.date === null || v.kind === null) continue;
    const person = find(row);
    if (!person) continue;
    const key = [person.memberId, v.date, v.kind, v.employer ?? '', v.post ?? '', v.project ?? ''];
    const ordinal = (inFile.get(key.join('|')) ?? 0) + 1;
    inFile.set(key.join('|'), ordinal);
    const known = (existing.get(...key) as { n: number }).n;
    const fields: FieldChange[] = [
      { key: 'date', label: '服务日期', old: null, new: v.date },
      { key: 'kind', label: '服务类型', old: null, new: v.kind },
      ...(['employer', 'post', 'project', 'result'] as const)
        .filter((k) => v[k] !== null)
        .map((k) => ({ key: k, label: { employer: '推荐单位', post: '推荐岗位', project: '培训项目', result: '结果' }[k], old: null, new: v[k] })),
    ];
    const date = v.date;
    const kind = v.kind;
    entries.push({
      row,
      person,
      outcome: ordinal <= known ? 'unchanged' : 'inserted',
      changes: fields,
      order: `${date}|${row.row}`,
      kind: 'new-service',
      write: (m) => {
        m.insert('service_events', { memberId: person.memberId, date, kind, employer: v.employer, post: v.post, project: v.project, result: v.result, source: '导入' });
      },
    });
  }
  return entries;
}

function countEntries(db: Db, rows: ServiceCountImportRow[], find: ReturnType<typeof personFinder>): Entry[] {
  const byQuarter = new Map<string, ReturnType<typeof serviceCounts>>();
  const policies = listPolicies(db);
  const seen = new Map<string, number>();
  const entries: Entry[] = [];
  for (const row of rows) {
    if (row.errors.length > 0 || row.quarter === null) continue;
    const person = find(row);
    if (!person) continue;
    const span = spanOf(row.quarter);
    const dupKey = `${person.memberId}|${span.quarter}`;
    const first = seen.get(dupKey);
    if (first !== undefined) {
      row.errors.push({ sheet: row.sheet, row: row.row, column: '证件号码', code: 'import.duplicate-in-file', message: `${person.name} 在文件中出现两次（另见第 ${first} 行），请只保留一行` });
      continue;
    }
    seen.set(dupKey, row.row);
    let counts = byQuarter.get(span.quarter);
    if (!counts) byQuarter.set(span.quarter, (counts = serviceCounts(db, span.firstDay, span.lastDay)));
    const have = counts.get(person.memberId) ?? { guidance: 0, training: 0, recommendations: 0, other: 0 };
    const adds: { kind: ServiceKind; n: number }[] = [];
    const changes: FieldChange[] = [];
    for (const [key, kind, unit] of KINDS) {
      const stated = row.counts[key];
      if (stated === undefined) continue;
      if (stated > have[key]) {
        adds.push({ kind, n: stated - have[key] });
        changes.push({ key, label: `${kind}（${unit}）`, old: have[key], new: stated });
      } else if (stated < have[key]) {
        row.warnings.push({ sheet: row.sheet, row: row.row, column: row.headers[`${key === 'recommendations' ? 'recommendation' : key}Count`] ?? kind, code: 'import.fewer-services', message: `反馈的${kind} ${stated} ${unit}少于台账已记录的 ${have[key]} ${unit}，台账记录保留不删` });
      }
    }
    const after = { ...have };
    for (const a of adds) {
      const key = KINDS.find(([, kind]) => kind === a.kind)![0];
      after[key] += a.n;
    }
    const policy = policyFor(policies, span.firstMonth);
    if (row.statedMet !== null && policy.ok) {
      const met = serviceVerdict(after, policy.policy.serviceTargets).met ? '是' : '否';
      if (met !== row.statedMet) row.warnings.push({ sheet: row.sheet, row: row.row, column: row.headers.met ?? '是否达标', code: 'import.met-differs', message: `反馈写的是否达标为“${row.statedMet}”，按次数和政策标准应为“${met}”，以计算为准` });
    }
    entries.push({
      row,
      person,
      outcome: adds.length === 0 ? 'unchanged' : 'inserted',
      changes,
      order: `${span.lastDay}|${row.row}`,
      kind: 'new-service',
      write: (m) => {
        for (const a of adds) {
          for (let i = 0; i < a.n; i++) m.insert('service_events', { memberId: person.memberId, date: span.lastDay, kind: a.kind, result: '按季度反馈次数录入', source: '导入' });
        }
      },
    });
  }
  return entries;
}

export function planServicesImport(db: Db, rows: HrImportRow[]): ImportPlan {
  const find = personFinder(db);
  const events = rows.filter((r): r is ServiceEventImportRow => r.shape === 'events');
  const counts = rows.filter((r): r is ServiceCountImportRow => r.shape === 'counts');
  return planOf(rows, [...eventEntries(db, events, find), ...countEntries(db, counts, find)]);
}
