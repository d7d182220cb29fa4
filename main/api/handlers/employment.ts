/** Handlers of the employment ledger (issue 5): thin calls into main/employment and main/db. */
import { ApiError } from '../../../shared/api/errors';
import type { HandlerMap } from '../dispatch';

type EmploymentMethods =
  | 'employment.list'
  | 'employment.months'
  | 'employment.update'
  | 'services.add'
  | 'services.list'
  | 'services.remove'
  | 'services.quarter'
  | 'returnees.list'
  | 'returnees.open'
  | 'returnees.update'
  | 'calendar.due'
  | 'export.employmentSheet';

const notYet = (): never => {
  throw new ApiError('employment.not-ready', '就业台账功能正在建设中');
};

export const employmentHandlers: Pick<HandlerMap, EmploymentMethods> = {
  'employment.list': notYet,
  'employment.months': notYet,
  'employment.update': notYet,
  'services.add': notYet,
  'services.list': notYet,
  'services.remove': notYet,
  'services.quarter': notYet,
  'returnees.list': notYet,
  'returnees.open': notYet,
  'returnees.update': notYet,
  'calendar.due': notYet,
  'export.employmentSheet': notYet,
};
