/**
 * Inputs for some fields of the ledger profile (县, 镇, 填报单位 …), shared by the first run wizard
 * and 设置. The 镇 input offers Wengyuan's towns from the domain data; any other name is allowed.
 */
import { useId } from 'react';
import { WENGYUAN } from '../../../shared/domain/code-lists';
import { PROFILE_FIELDS, type ProfileKey } from '../../../shared/domain/profile';

export type ProfileDraft = Record<ProfileKey, string>;
export type ProfileErrors = Partial<Record<ProfileKey, string>>;

const PLACEHOLDERS: Partial<Record<ProfileKey, string>> = {
  county: '如 翁源县',
  town: '选择或输入镇名',
  reportingUnit: '如 龙仙镇人民政府',
  filledBy: '姓名',
  reviewedBy: '姓名（可以以后再填）',
  phone: '如 0751-2812345 或手机号',
};

export function ProfileFields({
  keys,
  draft,
  errors,
  required = [],
  onChange,
}: {
  keys: readonly ProfileKey[];
  draft: ProfileDraft;
  errors: ProfileErrors;
  required?: readonly ProfileKey[];
  onChange(key: ProfileKey, value: string): void;
}) {
  const id = useId();
  return (
    <div className="form-grid form-grid-2 profile-fields">
      {keys.map((key) => {
        const spec = PROFILE_FIELDS.find((f) => f.key === key);
        if (spec === undefined) return null;
        const inputId = `${id}-${key}`;
        const error = errors[key];
        return (
          <div key={key} className={`form-field${error ? ' has-error' : ''}`}>
            <label htmlFor={inputId}>
              {spec.label}
              {required.includes(key) && <span className="required-mark">*</span>}
            </label>
            <input
              id={inputId}
              value={draft[key]}
              maxLength={spec.max}
              placeholder={PLACEHOLDERS[key]}
              list={key === 'town' ? `${id}-towns` : undefined}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onChange(key, event.target.value)}
            />
            {error && <div className="field-error">{error}</div>}
          </div>
        );
      })}
      {keys.includes('town') && (
        <datalist id={`${id}-towns`}>
          {WENGYUAN.towns.map((town) => (
            <option key={town} value={town} />
          ))}
        </datalist>
      )}
    </div>
  );
}
