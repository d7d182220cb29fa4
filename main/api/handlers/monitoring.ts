import { ApiError } from '../../../shared/api/errors';
import { listIncome, saveIncome } from '../../db/income';
import { addMeasure, eliminate, identify, listMeasures, revert, timeline } from '../../db/monitoring';
import { listPolicies, savePolicy } from '../../db/policy';
import { gongshiWorkbook } from '../../monitoring/gongshi';
import { warningsFor } from '../../monitoring/warnings';
import type { HandlerMap } from '../dispatch';

const withMeasures = (db: Parameters<typeof listMeasures>[0], householdId: number, events: ReturnType<typeof timeline>) => ({
  events,
  measures: listMeasures(db, householdId),
});

export const monitoringHandlers: Pick<
  HandlerMap,
  | 'policy.list'
  | 'policy.save'
  | 'income.list'
  | 'income.save'
  | 'warnings.list'
  | 'monitor.timeline'
  | 'monitor.identify'
  | 'monitor.eliminate'
  | 'monitor.revert'
  | 'measures.add'
  | 'export.gongshi'
> = {
  'policy.list': (_input, { db }) => listPolicies(db),
  'policy.save': ({ policy }, { db, actor }) => savePolicy(db, actor, policy),
  'income.list': (query, { db }) => listIncome(db, query),
  'income.save': ({ householdId, period, values }, { db, actor }) => saveIncome(db, actor, householdId, period, values),
  'warnings.list': (input, { db }) => warningsFor(db, input),
  'monitor.timeline': ({ householdId }, { db }) => withMeasures(db, householdId, timeline(db, householdId)),
  'monitor.identify': ({ householdId, ...input }, { db, actor }) => withMeasures(db, householdId, identify(db, actor, householdId, input)),
  'monitor.eliminate': ({ householdId, ...input }, { db, actor }) => withMeasures(db, householdId, eliminate(db, actor, householdId, input)),
  'monitor.revert': ({ householdId, ...input }, { db, actor }) => withMeasures(db, householdId, revert(db, actor, householdId, input)),
  'measures.add': ({ householdId, year, measure, detail, startMonth }, { db, actor }) => {
    if (startMonth && !startMonth.startsWith(String(year))) throw new ApiError('measures.bad-month', `开始月份 ${startMonth} 不在 ${year} 年内`);
    addMeasure(db, actor, { householdId, year, measure, detail: detail ?? null, startMonth: startMonth ?? null });
    return withMeasures(db, householdId, timeline(db, householdId));
  },
  'export.gongshi': async ({ period, kind }, { db }) => {
    const file = await gongshiWorkbook(db, period, kind);
    return { fileName: file.fileName, contentBase64: file.bytes.toString('base64'), rows: file.rows };
  },
};
