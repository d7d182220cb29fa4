/** The profile as form text, and the check of a draft before it is sent (the server checks again). */
import { checkProfile, PROFILE_FIELDS, type LedgerProfile, type ProfileKey } from '../../../shared/domain/profile';
import type { ProfileDraft, ProfileErrors } from './ProfileFields';

export function draftOf(profile: LedgerProfile): ProfileDraft {
  return Object.fromEntries(PROFILE_FIELDS.map((f) => [f.key, profile[f.key] ?? ''])) as ProfileDraft;
}

/** Field errors of a draft: the shared check, plus the fields this form requires. */
export function draftErrors(draft: ProfileDraft, required: readonly ProfileKey[]): ProfileErrors {
  const errors: ProfileErrors = {};
  const checked = checkProfile(draft);
  if (!checked.ok) for (const e of checked.errors) errors[e.key] = e.message;
  for (const key of required) {
    if (draft[key].trim() === '' && errors[key] === undefined) errors[key] = `请填写“${PROFILE_FIELDS.find((f) => f.key === key)?.label ?? key}”`;
  }
  return errors;
}
