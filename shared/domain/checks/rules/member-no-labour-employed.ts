/** 无/丧失劳动力 ⇒ 未务工 (domain.md §7). */
import { employmentFinding, labourerName, memberOf } from '../employment-wording';
import type { CheckRule } from '../types';

export const MEMBER_NO_LABOUR_EMPLOYED: CheckRule = {
  id: 'member.no-labour-employed',
  name: '无劳动能力人员填为务工',
  severity: '错误',
  description: '劳动技能为无劳动力或丧失劳动力的成员不应有务工记录',
  reads: ['labourSkill', 'employed'],
  evaluate(h) {
    return (h.employment ?? []).flatMap((e) => {
      const m = memberOf(h, e.memberId);
      if (e.employed !== true || !m || (m.labourSkill !== '无劳动力' && m.labourSkill !== '丧失劳动力')) return [];
      return [employmentFinding(MEMBER_NO_LABOUR_EMPLOYED, h, e, 'employed', { 劳动技能: m.labourSkill, 是否务工: '是' }, `${labourerName(h, e)}填为务工，但该成员劳动技能为${m.labourSkill}，请更正劳动技能或务工情况。`)];
    });
  },
};
