import { describe, expect, it } from 'vitest';
import { filterWarnings, ruleCounts, shownFigures, villageCounts, warningKey, type WarningItem, type WarningReport } from '../../../../../renderer/features/warnings/warning-filter';

function warning(ruleId: string, householdId: number, village: string | null, extra: Partial<WarningItem> = {}): WarningItem {
  return {
    ruleId,
    ruleName: ruleId,
    severity: '预警',
    period: '2023-08',
    householdId,
    householdNo: `H${householdId}`,
    village,
    headName: '张三',
    memberId: null,
    memberName: null,
    figures: { 统计期: '2023-07' },
    threshold: null,
    message: '',
    deadline: null,
    overdue: false,
    ...extra,
  };
}

const report: WarningReport = {
  period: '2023-08',
  warnings: [warning('low', 1, '桂岭村'), warning('low', 2, '联洞村'), warning('missing', 3, '桂岭村'), warning('missing', 4, null), warning('missing', 5, '桂岭村')],
  byVillage: [
    { village: '桂岭村', count: 3 },
    { village: '联洞村', count: 1 },
    { village: '（未填村）', count: 1 },
  ],
  byRule: [
    { ruleId: 'low', ruleName: '收入低于监测线', severity: '预警', count: 2 },
    { ruleId: 'missing', ruleName: '缺少收入数据', severity: '提醒', count: 3 },
    { ruleId: 'gap', ruleName: '两不愁三保障或饮水安全缺口', severity: '预警', count: 0 },
  ],
};

describe('filtering a month’s warnings', () => {
  it('keeps the warnings of the chosen village and rule', () => {
    expect(filterWarnings(report.warnings, { village: '桂岭村', ruleId: null }).map((w) => w.householdId)).toEqual([1, 3, 5]);
    expect(filterWarnings(report.warnings, { village: '桂岭村', ruleId: 'missing' }).map((w) => w.householdId)).toEqual([3, 5]);
    expect(filterWarnings(report.warnings, { village: '（未填村）', ruleId: null }).map((w) => w.householdId)).toEqual([4]);
  });

  it('counts per rule like the server without a village, and within the village once one is chosen', () => {
    expect(ruleCounts(report, null)).toEqual(report.byRule);
    expect(ruleCounts(report, '联洞村').map((r) => [r.ruleId, r.count])).toEqual([
      ['low', 1],
      ['missing', 0],
      ['gap', 0],
    ]);
  });

  it('counts per village like the server without a rule, most warnings first, and within the rule once one is chosen', () => {
    expect(villageCounts(report, null)).toEqual(report.byVillage);
    expect(villageCounts({ ...report, warnings: [...report.warnings, warning('missing', 6, null)] }, null).map((v) => v.village)).toEqual(['桂岭村', '（未填村）', '联洞村']);
    expect(villageCounts(report, 'low')).toEqual([
      { village: '桂岭村', count: 1 },
      { village: '联洞村', count: 1 },
    ]);
  });

  it('shows the deadline once: not again among the figures', () => {
    const due = warning('low', 1, '桂岭村', { figures: { 统计期: '2023-07', 发现日期: '2023-08-02', 应识别截止: '2023-08-17' }, deadline: '2023-08-17' });
    expect(shownFigures(due)).toEqual([
      ['统计期', '2023-07'],
      ['发现日期', '2023-08-02'],
    ]);
  });

  it('keys a member warning apart from its household’s other warnings', () => {
    expect(warningKey(warning('uninsured', 1, null, { memberId: 9 }))).not.toBe(warningKey(warning('uninsured', 1, null, { memberId: 10 })));
  });
});
