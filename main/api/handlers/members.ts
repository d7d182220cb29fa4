import { ApiError } from '../../../shared/api/errors';
import { normalizeIdNumber } from '../../../shared/domain/id-number';
import { getHousehold } from '../../db/households';
import { getMember, listMembers, memberIdByIdNo } from '../../db/members';
import { createMember, removeMember, updateMember } from '../../db/record-writes';
import type { HandlerMap } from '../dispatch';

export const memberHandlers: Pick<
  HandlerMap,
  'members.list' | 'members.byIdNo' | 'members.create' | 'members.update' | 'members.remove'
> = {
  'members.list': (query, { db }) => listMembers(db, query),
  'members.byIdNo': ({ idNo }, { db }) => {
    const id = normalizeIdNumber(idNo);
    if (!id.ok) throw new ApiError(id.code, id.message, { idNo });
    const memberId = memberIdByIdNo(db, id.idNo);
    const member = memberId === undefined ? undefined : getMember(db, memberId);
    if (!member) throw new ApiError('member.not-found', `台账中没有证件号码为 ${id.idNo} 的人员`, { idNo: id.idNo });
    return { member, household: getHousehold(db, member.householdId)! };
  },
  'members.create': ({ householdId, values }, { db, actor }) => createMember(db, actor, householdId, values),
  'members.update': ({ id, patch }, { db, actor }) => updateMember(db, actor, id, patch),
  'members.remove': ({ id, status }, { db, actor }) => removeMember(db, actor, id, status),
};
