/**
 * 两不愁三保障或饮水安全缺口 (county document item 4): any of the five guarantees recorded as 否.
 * One warning per household naming every gap, so a clerk reviews the household once. An empty
 * flag is not a gap here (nothing was recorded); completeness belongs to the data checks.
 */
import { formatPeriod } from '../../periods';
import type { HouseholdSnapshot, WarningRule } from '../types';
import { householdLabel, makeWarning } from '../wording';

const GUARANTEES: readonly { label: string; value: (h: HouseholdSnapshot) => string | null }[] = [
  { label: '吃穿不愁', value: (h) => h.guaranteeFood },
  { label: '义务教育有保障', value: (h) => h.guaranteeEducation },
  { label: '基本医疗有保障', value: (h) => h.guaranteeMedical },
  { label: '住房安全有保障', value: (h) => h.guaranteeHousing },
  { label: '饮水安全有保障', value: (h) => h.guaranteeWater },
];

export const GUARANTEE_GAP: WarningRule = {
  id: 'guarantee.gap',
  name: '两不愁三保障或饮水安全缺口',
  severity: '预警',
  description: '吃穿不愁、义务教育、基本医疗、住房安全、饮水安全任一项为“否”',
  evaluate(h, { period }) {
    const gaps = GUARANTEES.filter((g) => g.value(h) === '否').map((g) => g.label);
    if (gaps.length === 0) return [];
    const gapText = gaps.join('、');
    return [
      makeWarning(GUARANTEE_GAP, h, period, {
        figures: { 未保障项目: gapText },
        threshold: null,
        message:
          `${householdLabel(h)}${formatPeriod(period)}两不愁三保障及饮水安全存在缺口：${gapText}为“否”，` +
          '应入户核实并落实相应帮扶措施。',
      }),
    ];
  },
};
