/** Open findings per rule as toggle chips (错误 red, 提醒 orange); only rules that found something. */
import type { FindingsReport } from '../../../shared/api/checks-contract';

export function FindingRuleChips({ rules, active, onPick }: { rules: FindingsReport['byRule']; active: string | null; onPick(ruleId: string | null): void }) {
  return (
    <div className="rule-chips" role="group" aria-label="各规则疑点条数">
      {rules.map((rule) => (
        <button
          key={rule.ruleId}
          type="button"
          className={`rule-chip${rule.severity === '错误' ? ' is-alert' : ' is-notice'}${active === rule.ruleId ? ' active' : ''}`}
          aria-pressed={active === rule.ruleId}
          onClick={() => onPick(active === rule.ruleId ? null : rule.ruleId)}
        >
          <span className="rule-chip-name">{rule.ruleName}</span>
          <span className="rule-chip-count">{rule.count}</span>
        </button>
      ))}
    </div>
  );
}
