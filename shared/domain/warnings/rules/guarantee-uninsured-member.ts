/**
 * 成员未参加基本医疗保险 (domain.md §7, "监测对象/脱贫户 member uninsured ⇒ 基本医疗 gap"): one
 * warning per 在户 member of an in-scope household who has neither 城乡居民基本医疗保险 nor
 * 城镇职工医保 recorded as 是. The county document (item 21) has the government pay their premium.
 */
import { formatPeriod } from '../../periods';
import { inScope } from '../scope';
import type { WarningRule } from '../types';
import { householdLabel, makeWarning } from '../wording';

export const GUARANTEE_UNINSURED_MEMBER: WarningRule = {
  id: 'guarantee.uninsured-member',
  name: '成员未参加基本医疗保险',
  severity: '预警',
  description: '脱贫户和监测对象：在户成员既未参加城乡居民医保，也未参加城镇职工医保',
  evaluate(h, { period }) {
    if (!inScope(h)) return [];
    const month = formatPeriod(period);
    return h.members
      .filter((m) => m.medicalResident !== '是' && m.medicalStaff !== '是')
      .map((m) => {
        const resident = m.medicalResident ?? '未填';
        const staff = m.medicalStaff ?? '未填';
        return makeWarning(GUARANTEE_UNINSURED_MEMBER, h, period, {
          member: m,
          figures: { 参加城乡居民基本医疗保险: resident, 参加城镇职工医保: staff },
          threshold: null,
          message:
            `${householdLabel(h)}家庭成员 ${m.name} ${month}未参加基本医疗保险（城乡居民医保：${resident}，城镇职工医保：${staff}），` +
            '存在基本医疗保障缺口，应核实并协助参保（符合条件的由政府全额代缴）。',
        });
      });
  },
};
