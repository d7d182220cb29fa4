/** 文化程度 / 在校生状况 (domain.md §3): exactly one of the two is filled. */
import type { CheckRule } from '../types';
import { homeMembers, memberFinding, memberLabel, show } from '../wording';

export const MEMBER_EDUCATION_XOR_SCHOOLING: CheckRule = {
  id: 'member.education-xor-schooling',
  name: '文化程度与在校生状况填报不当',
  severity: '错误',
  description: '文化程度和在校生状况应有且只有一项填写（在校生填在校生状况，其他人填文化程度）',
  reads: ['education', 'schooling'],
  evaluate(h) {
    return homeMembers(h).flatMap((m) => {
      const both = m.education !== null && m.schooling !== null;
      if (!both && (m.education !== null || m.schooling !== null)) return [];
      const read = { 文化程度: m.education, 在校生状况: m.schooling };
      const message = both
        ? `${memberLabel(h, m)}同时填了文化程度（${show(m.education)}）和在校生状况（${show(m.schooling)}），在校生只填在校生状况，已离校的只填文化程度，请删去其中一项。`
        : `${memberLabel(h, m)}文化程度和在校生状况都没有填，请补填其中一项。`;
      return [memberFinding(MEMBER_EDUCATION_XOR_SCHOOLING, h, m, both ? 'schooling' : 'education', read, message)];
    });
  },
};
