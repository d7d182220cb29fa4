/** 公益性岗位 (domain.md §7): the labourer is 16–69 and works 县内. */
import { ageOn } from '../../id-number';
import { employmentFinding, labourerName, memberOf } from '../employment-wording';
import type { CheckRule } from '../types';

export const EMPLOYMENT_PUBLIC_POST: CheckRule = {
  id: 'employment.public-post',
  name: '公益性岗位年龄或区域不符',
  severity: '错误',
  description: '公益性岗位人员应为 16–69 岁，务工区域为县内',
  reads: ['channel', 'area', 'idNo'],
  evaluate(h) {
    return (h.employment ?? []).flatMap((e) => {
      const m = memberOf(h, e.memberId);
      if (e.channel !== '公益性岗位' || !m) return [];
      const age = ageOn(m.idNo, `${e.month}-01`);
      const problems = [...(age < 16 || age > 69 ? [`年龄 ${age} 岁（应为 16–69 岁）`] : []), ...(e.area !== '县内' ? [`务工区域为${e.area ?? '（空）'}（应为县内）`] : [])];
      if (problems.length === 0) return [];
      return [employmentFinding(EMPLOYMENT_PUBLIC_POST, h, e, age < 16 || age > 69 ? 'channel' : 'area', { 就业渠道: e.channel, 年龄: age, 务工区域: e.area }, `${labourerName(h, e)}就业渠道为公益性岗位，但${problems.join('，')}，请核实岗位安置情况并更正。`)];
    });
  },
};
