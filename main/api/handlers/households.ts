import { ApiError } from '../../../shared/api/errors';
import { getHousehold, listHouseholds } from '../../db/households';
import { listMembers } from '../../db/members';
import { createHousehold, removeHousehold, updateHousehold } from '../../db/record-writes';
import type { HandlerMap } from '../dispatch';

export const householdHandlers: Pick<
  HandlerMap,
  'households.list' | 'households.get' | 'households.create' | 'households.update' | 'households.remove'
> = {
  'households.list': (query, { db }) => listHouseholds(db, query),
  'households.get': ({ id }, { db }) => {
    const household = getHousehold(db, id);
    if (!household) throw new ApiError('household.not-found', '找不到这一户，可能已被删除，请刷新后重试', { id });
    const members = listMembers(db, { householdId: id, includeRemoved: true, limit: 1000, offset: 0 }).rows;
    return { household, members };
  },
  'households.create': (input, { db, actor }) => createHousehold(db, actor, input),
  'households.update': ({ id, patch }, { db, actor }) => updateHousehold(db, actor, id, patch),
  'households.remove': ({ id }, { db, actor }) => removeHousehold(db, actor, id),
};
