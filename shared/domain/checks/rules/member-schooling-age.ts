/**
 * 在校年龄 (domain.md §7): the age on the reference day fits the school stage. The windows are
 * wide on purpose (early or late school start, repeated years): only an implausible pairing, usually
 * a 在校生状况 not updated for years or a wrong 证件号码, is reported.
 */
import type { CheckRule } from '../types';
import { ageAt, homeMembers, memberFinding, memberLabel } from '../wording';

const WINDOWS: readonly [RegExp, number, number][] = [
  [/^学龄前儿童$/, 0, 6],
  [/^学前教育$/, 2, 7],
  [/^小学$/, 5, 15],
  [/^[七八九]年级$/, 10, 18],
  [/^(普通高中|中职)/, 13, 22],
  [/^(高职高专|技师学院)/, 15, 30],
  [/^本科/, 16, 35],
  [/^硕士/, 20, 60],
];

export function schoolingAgeWindow(schooling: string): [number, number] | null {
  const hit = WINDOWS.find(([re]) => re.test(schooling));
  return hit ? [hit[1], hit[2]] : null;
}

export const MEMBER_SCHOOLING_AGE: CheckRule = {
  id: 'member.schooling-age',
  name: '在校生状况与年龄不符',
  severity: '提醒',
  description: '按证件号码算出的年龄与在校生状况明显不符（如 20 岁仍在小学）',
  reads: ['schooling', 'idNo'],
  evaluate(h, context) {
    return homeMembers(h).flatMap((m) => {
      if (m.schooling === null) return [];
      const window = schoolingAgeWindow(m.schooling);
      const age = ageAt(m, context);
      if (!window || (age >= window[0] && age <= window[1])) return [];
      return [
        memberFinding(
          MEMBER_SCHOOLING_AGE,
          h,
          m,
          'schooling',
          { 在校生状况: m.schooling, 年龄: age },
          `${memberLabel(h, m)}在校生状况为${m.schooling}，但按证件号码到 ${context.asOf} 为 ${age} 岁（通常 ${window[0]}–${window[1]} 岁），请更新在校生状况（已毕业的改填文化程度）或核对证件号码。`,
        ),
      ];
    });
  },
};
