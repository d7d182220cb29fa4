import { catchUp, runFull } from '../../checks/run';
import { findingsWorkbook } from '../../checks/findings-workbook';
import { listFindings, listRules, openCounts, setRuleEnabled, unverifyFinding, verifyFinding } from '../../checks/store';
import type { HandlerMap } from '../dispatch';

export const checksHandlers: Pick<
  HandlerMap,
  'checks.run' | 'checks.list' | 'checks.openCount' | 'checks.verify' | 'checks.unverify' | 'checks.rules' | 'checks.setRule' | 'export.findings'
> = {
  'checks.run': ({ full, asOf }, { db }) => (full ? runFull(db, asOf) : catchUp(db, asOf)),
  'checks.list': (input, { db }) => {
    catchUp(db);
    return listFindings(db, input);
  },
  'checks.openCount': (_input, { db }) => {
    catchUp(db);
    return openCounts(db);
  },
  'checks.verify': ({ key, note }, { db, actor }) => {
    verifyFinding(db, actor, key, note);
    return { ok: true as const };
  },
  'checks.unverify': ({ key }, { db }) => {
    unverifyFinding(db, key);
    return { ok: true as const };
  },
  'checks.rules': (_input, { db }) => listRules(db),
  'checks.setRule': ({ ruleId, enabled }, { db, actor }) => {
    setRuleEnabled(db, actor, ruleId, enabled);
    return listRules(db);
  },
  'export.findings': async ({ village }, { db }) => {
    const file = await findingsWorkbook(db, village);
    return { fileName: file.fileName, contentBase64: file.bytes.toString('base64'), rows: file.rows };
  },
};
