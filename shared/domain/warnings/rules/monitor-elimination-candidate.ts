/**
 * 可标注风险消除 (domain.md §6 item 4): a monitoring object with its risk still open whose
 * per-capita income is at or above the period's warning line — or, in a month the policy table
 * gives no warning line, at or above the 监测线 (the message says which line was used). Income
 * alone does not eliminate a risk: the message reminds that 两不愁三保障 and 饮水 must be secured.
 */
import { yuan } from '../../income';
import { warningLineFor } from '../../policy';
import { incomeBasis, incomeClause, incomeFigures } from '../income-basis';
import { isMonitoringObject, riskOpen } from '../scope';
import type { WarningRule } from '../types';
import { householdLabel, makeWarning, warningLineText } from '../wording';

export const MONITOR_ELIMINATION_CANDIDATE: WarningRule = {
  id: 'monitor.elimination-candidate',
  name: '可标注风险消除',
  severity: '提醒',
  description: '风险未消除的监测对象：家庭人均纯收入不低于当月收入预警线（该月无预警线时按监测线）',
  evaluate(h, { period, policy }) {
    if (!isMonitoringObject(h) || !riskOpen(h)) return [];
    const basis = incomeBasis(h, period);
    if (!basis) return [];
    const line = warningLineFor(policy, period);
    const lineFen = line ? line.lineFen : policy.monitoringLineFen;
    if (basis.perCapitaFen < lineFen) return [];
    const threshold = line
      ? `收入预警线 ${warningLineText(line)}`
      : `${policy.year} 年监测线 ${yuan(policy.monitoringLineFen)}（该月没有收入预警线，按监测线判断）`;
    return [
      makeWarning(MONITOR_ELIMINATION_CANDIDATE, h, period, {
        figures: incomeFigures(basis),
        threshold,
        message:
          `${householdLabel(h)}${incomeClause(basis, period)}，不低于${threshold}，可研判标注风险消除；` +
          '风险消除还须两不愁三保障及饮水安全均有保障，请入户核实后按程序办理。',
      }),
    ];
  },
};
