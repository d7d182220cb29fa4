/**
 * 劳动年龄健康者不应为无劳动力 (domain.md §7): a member of labour age (policy, 16–59), 健康 and not
 * in school is not 无劳动力 / 丧失劳动力.
 */
import type { CheckRule } from '../types';
import { ageAt, homeMembers, memberFinding, memberLabel, policyAt } from '../wording';

export const MEMBER_WORKING_AGE_NO_LABOUR: CheckRule = {
  id: 'member.working-age-no-labour',
  name: '劳动年龄健康人员填为无劳动力',
  severity: '提醒',
  description: '劳动年龄内、健康、不在校的成员，劳动技能不应为无劳动力或丧失劳动力',
  reads: ['labourSkill', 'health', 'schooling', 'idNo'],
  evaluate(h, context) {
    const policy = policyAt(context);
    return homeMembers(h).flatMap((m) => {
      const age = ageAt(m, context);
      const healthy = m.health.length === 1 && m.health[0] === '健康';
      if (age < policy.labourAgeMin || age > policy.labourAgeMax || !healthy || m.schooling !== null) return [];
      if (m.labourSkill !== '无劳动力' && m.labourSkill !== '丧失劳动力') return [];
      return [
        memberFinding(
          MEMBER_WORKING_AGE_NO_LABOUR,
          h,
          m,
          'labourSkill',
          { 年龄: age, 健康状况: '健康', 劳动技能: m.labourSkill },
          `${memberLabel(h, m)} ${age} 岁、健康、不在校，劳动技能却是${m.labourSkill}，请核实：有劳动能力的改为普通劳动力等，确有疾病或残疾的更正健康状况。`,
        ),
      ];
    });
  },
};
