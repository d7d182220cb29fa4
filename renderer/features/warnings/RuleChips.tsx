/**
 * Counts per rule as toggle chips: every rule the ledger checks is listed (a zero says "checked,
 * nothing found"), and clicking one shows only its warnings; clicking it again shows all.
 */
import type { RuleCount } from './warning-filter';

export function RuleChips({ rules, active, onPick }: { rules: readonly RuleCount[]; active: string | null; onPick(ruleId: string | null): void }) {
  return (
    <div className="rule-chips" role="group" aria-label="各规则预警条数">
      {rules.map((rule) => (
        <button
          key={rule.ruleId}
          type="button"
          className={`rule-chip${rule.severity === '预警' ? ' is-alert' : ' is-notice'}${rule.count === 0 ? ' is-zero' : ''}${active === rule.ruleId ? ' active' : ''}`}
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
