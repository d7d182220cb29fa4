/** 返乡回流跟踪 (domain.md §6 item 6, §7): every returnee has a follow-up within the quarter of return. */
import type { CheckRule } from '../types';
import { makeFinding } from '../wording';
import { memberOf } from '../employment-wording';

function quarterEnd(month: string): string {
  const m = Number(month.slice(5, 7));
  const end = Math.ceil(m / 3) * 3;
  return `${month.slice(0, 4)}-${end < 10 ? '0' : ''}${end}`;
}

export const RETURNEE_FOLLOW_UP: CheckRule = {
  id: 'returnee.follow-up',
  name: '返乡人员当季未跟踪服务',
  severity: '提醒',
  description: '返乡回流人员应在返乡当季内至少有一次跟踪服务记录',
  reads: ['returnMonth', 'followUps'],
  evaluate(h, context) {
    return (h.returnees ?? []).flatMap((r) => {
      const end = quarterEnd(r.returnMonth);
      if (context.asOf.slice(0, 7) <= end) return [];
      if (r.followUpDates.some((d) => d.slice(0, 7) >= r.returnMonth && d.slice(0, 7) <= end)) return [];
      const m = memberOf(h, r.memberId);
      return [
        makeFinding(RETURNEE_FOLLOW_UP, h, {
          recordKind: 'returnee',
          recordId: r.id,
          field: 'followUps',
          read: { 返乡时间: r.returnMonth, 跟踪服务次数: r.followUpDates.length },
          message: `${m?.name ?? '返乡人员'}（户编号 ${h.householdNo}）${r.returnMonth} 返乡，到 ${end} 季末没有跟踪服务记录，请补录跟踪服务。`,
          ...(m ? { member: m } : {}),
        }),
      ];
    });
  },
};
