import { localIsoDate } from '../../../shared/domain/periods';
import { checkProgress, ensureChecks, requestCheck } from '../../checks/background';
import { findingsWorkbook } from '../../checks/findings-workbook';
import { listFindings, listRules, openCounts, setRuleEnabled, unverifyFinding, verifyFinding } from '../../checks/store';
import type { HandlerMap } from '../dispatch';

export const checksHandlers: Pick<
  HandlerMap,
  'checks.run' | 'checks.list' | 'checks.openCount' | 'checks.progress' | 'checks.verify' | 'checks.unverify' | 'checks.rules' | 'checks.setRule' | 'export.findings'
> = {
  'checks.run': ({ full, asOf }, { db }) => {
    // A small ledger is checked at once (the answer has the counts); a large one in the background.
    const day = asOf ?? localIsoDate();
    const { summary, checking } = requestCheck(db, day, full);
    return summary ? { ...summary, checking: null } : { mode: 'background' as const, households: 0, findings: 0, asOf: day, checking };
  },
  'checks.list': (input, { db }) => {
    const checking = ensureChecks(db);
    return { ...listFindings(db, input), checking };
  },
  'checks.openCount': (_input, { db }) => {
    const checking = ensureChecks(db);
    return { ...openCounts(db), checking };
  },
  'checks.progress': (_input, { db }) => ({ checking: checkProgress(db) }),
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
