/**
 * The templates the import recognises, in the order detection prefers them on an equal score.
 */
import { ASSISTANCE_LIST_TEMPLATE } from './assistance-list';
import { DISABILITY_LIST_TEMPLATE, INSURED_LIST_TEMPLATE } from './department-lists';
import { HOUSEHOLD_MEMBERS_TEMPLATE } from './household-members';
import { INCOME_TEMPLATE } from './income';
import { EMPLOYMENT_TEMPLATE, HR_COUNTS_TEMPLATE, HR_FEEDBACK_TEMPLATE, NEEDS_SHEET_TEMPLATE, RETURNEES_TEMPLATE } from './employment';
import type { TemplateId, TemplateSpec } from './types';

export const TEMPLATES: readonly TemplateSpec[] = [
  HOUSEHOLD_MEMBERS_TEMPLATE,
  INCOME_TEMPLATE,
  ASSISTANCE_LIST_TEMPLATE,
  EMPLOYMENT_TEMPLATE,
  NEEDS_SHEET_TEMPLATE,
  RETURNEES_TEMPLATE,
  HR_FEEDBACK_TEMPLATE,
  HR_COUNTS_TEMPLATE,
  INSURED_LIST_TEMPLATE,
  DISABILITY_LIST_TEMPLATE,
];

/** Templates the import can commit today (the others are recognised and named, not written). */
export const COMMITTABLE_TEMPLATES: readonly TemplateId[] = ['household-members', 'income', 'employment', 'needs-sheet', 'returnees', 'hr-feedback', 'hr-feedback-counts', 'assistance-list', 'insured-list', 'disability-list'];

export function templateById(id: TemplateId | string): TemplateSpec | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export { ASSISTANCE_LIST_TEMPLATE, DISABILITY_LIST_TEMPLATE, HOUSEHOLD_MEMBERS_TEMPLATE, INCOME_TEMPLATE, INSURED_LIST_TEMPLATE };
export { EMPLOYMENT_TEMPLATE, HR_COUNTS_TEMPLATE, HR_FEEDBACK_TEMPLATE, NEEDS_SHEET_TEMPLATE, RETURNEES_TEMPLATE };
