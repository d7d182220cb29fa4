/** 整户无劳动能力 (domain.md §2): 是 ⇔ every 在户 member is 丧失劳动力 or 无劳动力. */
import type { CheckRule } from '../types';
import { homeMembers, householdFinding, householdLabel } from '../wording';

const NO_LABOUR: readonly (string | null)[] = ['丧失劳动力', '无劳动力'];

export const HOUSEHOLD_NO_LABOUR: CheckRule = {
  id: 'household.no-labour',
  name: '整户无劳动能力与成员劳动技能不符',
  severity: '错误',
  description: '“整户无劳动能力”为是，当且仅当每位在户成员都是丧失劳动力或无劳动力',
  reads: ['noLabourHousehold', 'labourSkill', 'status'],
  evaluate(h) {
    const home = homeMembers(h);
    if (home.length === 0 || (h.noLabourHousehold !== '是' && h.noLabourHousehold !== '否')) return [];
    const workers = home.filter((m) => m.labourSkill !== null && !NO_LABOUR.includes(m.labourSkill));
    const unknown = home.some((m) => m.labourSkill === null);
    const read = { 整户无劳动能力: h.noLabourHousehold, 有劳动能力成员: workers.map((m) => m.name).join('、') };
    if (h.noLabourHousehold === '是' && workers.length > 0) {
      const who = workers.map((m) => `${m.name}（${m.labourSkill ?? ''}）`).join('、');
      return [householdFinding(HOUSEHOLD_NO_LABOUR, h, 'noLabourHousehold', read, `${householdLabel(h)}填为整户无劳动能力，但 ${who} 有劳动能力，请更正整户无劳动能力或成员的劳动技能。`)];
    }
    if (h.noLabourHousehold === '否' && workers.length === 0 && !unknown) {
      return [householdFinding(HOUSEHOLD_NO_LABOUR, h, 'noLabourHousehold', read, `${householdLabel(h)}在户成员都是丧失劳动力或无劳动力，但整户无劳动能力填为否，请改为是或更正成员的劳动技能。`)];
    }
    return [];
  },
};
