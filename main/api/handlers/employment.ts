/** Handlers of the employment ledger (issue 5): thin calls into main/employment and main/db. */
import { ApiError } from '../../../shared/api/errors';
import { employmentMonths, listEmployment, saveEmployment } from '../../db/employment';
import { getReturnee, listReturnees, openReturnee, updateReturnee } from '../../db/returnees';
import { addService, listServices, removeService } from '../../db/services';
import { calendarDue } from '../../employment/calendar';
import { servicesForQuarter } from '../../employment/service-standing';
import { employmentSheet } from '../../employment/sheets';
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

export const employmentHandlers: Pick<HandlerMap, EmploymentMethods> = {
  'employment.list': (query, { db }) => listEmployment(db, query),
  'employment.months': ({ memberId }, { db }) => employmentMonths(db, memberId),
  'employment.update': ({ memberId, month, patch }, { db, actor }) => {
    if (Object.keys(patch).length === 0) throw new ApiError('input.empty-patch', '至少修改一个字段');
    const { row, openedCaseIds } = saveEmployment(db, actor, memberId, month, patch);
    const first = openedCaseIds[0];
    return { row, openedCase: first === undefined ? null : getReturnee(db, first) };
  },
  'services.add': (input, { db, actor }) => addService(db, actor, input),
  'services.list': (filter, { db }) => listServices(db, filter),
  'services.remove': ({ id }, { db, actor }) => ({ removed: removeService(db, actor, id) }),
  'services.quarter': ({ quarter, village }, { db }) => servicesForQuarter(db, quarter, { village }),
  'returnees.list': (filter, { db }) => listReturnees(db, filter),
  'returnees.open': ({ memberId, values }, { db, actor }) => openReturnee(db, actor, memberId, values),
  'returnees.update': ({ id, patch }, { db, actor }) => updateReturnee(db, actor, id, patch),
  'calendar.due': ({ today }, { db }) => calendarDue(db, today),
  'export.employmentSheet': async ({ sheet, quarter, town }, { db }) => {
    const file = await employmentSheet(db, sheet, quarter, town);
    return { fileName: file.fileName, contentBase64: file.bytes.toString('base64'), rows: file.rows };
  },
};
