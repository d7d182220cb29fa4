/**
 * 风险类型 as checkboxes (1–5 of the code list, domain.md §2). Once five are ticked the others are
 * disabled, so the limit is seen before saving rather than refused after.
 */
import { RISK_TYPES } from '../../../shared/domain/code-lists';

export const MAX_RISKS = 5;

export function RiskChoices({ value, onChange, error }: { value: readonly string[]; onChange(risks: string[]): void; error?: string | undefined }) {
  const full = value.length >= MAX_RISKS;
  const toggle = (risk: string) => onChange(value.includes(risk) ? value.filter((r) => r !== risk) : RISK_TYPES.filter((r) => r === risk || value.includes(r)));
  return (
    <div className={`form-field${error ? ' has-error' : ''}`}>
      <fieldset className="choice-group risk-choices">
        <legend>
          风险类型<span className="required-mark">*</span>
          <span className="legend-hint">（可多选，最多 {MAX_RISKS} 项，已选 {value.length} 项）</span>
        </legend>
        {RISK_TYPES.map((risk) => {
          const checked = value.includes(risk);
          return (
            <label key={risk} className={`choice${checked ? ' checked' : ''}${!checked && full ? ' disabled' : ''}`}>
              <input type="checkbox" checked={checked} disabled={!checked && full} onChange={() => toggle(risk)} />
              {risk}
            </label>
          );
        })}
      </fieldset>
      {error && <div className="field-error">{error}</div>}
    </div>
  );
}
