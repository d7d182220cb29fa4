/** 配偶性别 (domain.md §7): the 配偶's sex (from the 证件号码) differs from the 户主's. */
import { sexOf } from '../../id-number';
import type { CheckRule } from '../types';
import { homeMembers, memberFinding, memberLabel } from '../wording';

export const HOUSEHOLD_SPOUSE_SEX: CheckRule = {
  id: 'household.spouse-sex',
  name: '配偶与户主性别相同',
  severity: '提醒',
  description: '配偶的性别（按证件号码）与户主相同，多为与户主关系或证件号码填错',
  reads: ['relation', 'idNo'],
  evaluate(h) {
    const home = homeMembers(h);
    const heads = home.filter((m) => m.relation === '户主');
    const head = heads[0];
    if (heads.length !== 1 || !head) return [];
    const sex = sexOf(head.idNo);
    return home
      .filter((m) => m.relation === '配偶' && sexOf(m.idNo) === sex)
      .map((m) =>
        memberFinding(
          HOUSEHOLD_SPOUSE_SEX,
          h,
          m,
          'relation',
          { 户主: head.name, 户主性别: sex, 配偶性别: sex },
          `${memberLabel(h, m)}是户主 ${head.name} 的配偶，但按证件号码两人都是${sex}性，请核对与户主关系或证件号码。`,
        ),
      );
  },
};
