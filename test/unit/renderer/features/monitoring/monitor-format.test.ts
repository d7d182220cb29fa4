import { describe, expect, it } from 'vitest';
import { measuresByYear, monitorActions, monitorStateText, snapshotFigures, snapshotPeriod, todayIso, type MonitorEvent } from '../../../../../renderer/features/monitoring/monitor-format';

function event(kind: MonitorEvent['kind']): MonitorEvent {
  return { id: 1, kind, eventDate: '2023-08-10', category: null, risks: [], mode: null, reason: null, snapshot: null, createdAt: '2023-08-10T02:00:00Z' };
}

const household = { status: '在册', monitorCategory: null, riskEliminated: null } as const;

describe('which 监测帮扶 step a household can take', () => {
  it('offers only 识别纳入 to a household that is not a monitoring object', () => {
    expect(monitorActions(household, [])).toEqual({ identify: true, eliminate: false, revert: false });
    expect(monitorStateText(household)).toBe('非监测对象');
  });

  it('offers 风险消除 to an open monitoring object, also one imported without a timeline', () => {
    const open = { ...household, monitorCategory: '脱贫不稳定户', riskEliminated: '否' };
    expect(monitorActions(open, [event('识别纳入')])).toEqual({ identify: false, eliminate: true, revert: false });
    expect(monitorActions({ ...open, riskEliminated: null }, [])).toEqual({ identify: false, eliminate: true, revert: false });
    expect(monitorStateText(open)).toBe('脱贫不稳定户 · 监测帮扶中');
  });

  it('offers 回退 only right after a 风险消除, and a new 识别纳入 after it', () => {
    const eliminated = { ...household, monitorCategory: '边缘易致贫户', riskEliminated: '是' };
    expect(monitorActions(eliminated, [event('识别纳入'), event('风险消除')])).toEqual({ identify: true, eliminate: false, revert: true });
    expect(monitorActions(eliminated, [])).toEqual({ identify: true, eliminate: false, revert: false });
    expect(monitorStateText(eliminated)).toBe('边缘易致贫户 · 风险已消除');
  });

  it('offers nothing for a 已注销 household', () => {
    expect(monitorActions({ ...household, status: '已注销' }, [])).toEqual({ identify: false, eliminate: false, revert: false });
  });
});

describe('the income an elimination was judged by', () => {
  it('shows 人均 against the 监测线 and 预警线 in 元, marking the lines it is below', () => {
    const snapshot = { period: '2023-08', recordPeriod: '2023-07', people: 3, perCapitaFen: 1_050_000, monitoringLineFen: 1_042_000, warningLineFen: 1_060_000 };
    expect(snapshotPeriod(snapshot)).toBe('2023年8月');
    expect(snapshotFigures(snapshot)).toEqual([
      { label: '收入数据', value: '统计期 2023-07' },
      { label: '人均纯收入', value: '10500.00 元' },
      { label: '监测线', value: '10420.00 元', below: false },
      { label: '预警线', value: '10600.00 元', below: true },
    ]);
  });

  it('says so when no income was in force and leaves out a missing warning line', () => {
    const snapshot = { period: '2023-03', recordPeriod: null, people: 2, perCapitaFen: null, monitoringLineFen: 1_042_000, warningLineFen: null };
    expect(snapshotFigures(snapshot)).toEqual([
      { label: '收入数据', value: '无' },
      { label: '人均纯收入', value: '—' },
      { label: '监测线', value: '10420.00 元', below: false },
    ]);
    expect(snapshotFigures(null)).toEqual([]);
  });
});

describe('帮扶措施 by year', () => {
  it('groups the measures newest year first, in recorded order within a year', () => {
    const m = (id: number, year: number, measure: string) => ({ id, householdId: 1, year, measure, detail: null, startMonth: null });
    expect(measuresByYear([m(1, 2023, '产业帮扶'), m(2, 2024, '就业帮扶'), m(3, 2023, '健康帮扶')]).map((y) => [y.year, y.measures.map((x) => x.id)])).toEqual([
      [2024, [2]],
      [2023, [1, 3]],
    ]);
  });

  it('dates today on the clerk’s calendar', () => {
    expect(todayIso(new Date(2023, 7, 5, 23, 30))).toBe('2023-08-05');
  });
});
