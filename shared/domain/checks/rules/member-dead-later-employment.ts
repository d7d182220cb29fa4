/**
 * 死亡成员无后续就业 (domain.md §7): a member marked 死亡 has no employment month after the month
 * the status changed. The snapshot does not carry the date of death, so any 务工 month recorded for
 * a 死亡 member is reported; the clerk confirms with 已核实 when it predates the death.
 */
import { employmentFinding, labourerName, memberOf } from '../employment-wording';
import type { CheckRule } from '../types';

export const MEMBER_DEAD_LATER_EMPLOYMENT: CheckRule = {
  id: 'member.dead-later-employment',
  name: '已死亡成员仍有务工记录',
  severity: '错误',
  description: '成员状态为死亡的人员不应再有务工记录',
  reads: ['status', 'employed'],
  evaluate(h) {
    return (h.employment ?? []).flatMap((e) => {
      const m = memberOf(h, e.memberId);
      if (e.employed !== true || m?.status !== '死亡') return [];
      return [employmentFinding(MEMBER_DEAD_LATER_EMPLOYMENT, h, e, 'employed', { 成员状态: '死亡', 是否务工: '是' }, `${labourerName(h, e)}填为务工，但该成员状态为死亡，请删去该月务工记录或更正成员状态。`)];
    });
  },
};
