/** 县外务工 ⇒ 务工地点填到县 (domain.md §7). */
import { employmentFinding, labourerName, OUTSIDE_COUNTY_AREAS } from '../employment-wording';
import type { CheckRule } from '../types';

export const EMPLOYMENT_OUTSIDE_PLACE: CheckRule = {
  id: 'employment.outside-place',
  name: '县外务工地点未填到县',
  severity: '提醒',
  description: '务工区域为省内县外、省外或境外的，务工所在省、市、县都应填写',
  reads: ['area', 'province', 'city', 'county'],
  evaluate(h) {
    return (h.employment ?? []).flatMap((e) => {
      if (e.employed !== true || !OUTSIDE_COUNTY_AREAS.includes(e.area) || e.area === '境外') return [];
      if (e.province && e.city && e.county) return [];
      return [
        employmentFinding(
          EMPLOYMENT_OUTSIDE_PLACE,
          h,
          e,
          'county',
          { 务工区域: e.area, 省: e.province, 市: e.city, 县: e.county },
          `${labourerName(h, e)}务工区域为${e.area ?? ''}，务工地点只填到“${[e.province, e.city, e.county].filter(Boolean).join('') || '（空）'}”，请补填到县（区）。`,
        ),
      ];
    });
  },
};
