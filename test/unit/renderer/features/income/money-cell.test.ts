import { describe, expect, it } from 'vitest';
import { incomeQuery, moneyText, parseMoneyCell } from '../../../../../renderer/features/income/money-cell';

describe('money in the 收支 cells', () => {
  it('shows fen as 元 with two decimals, and nothing as an empty cell', () => {
    expect(moneyText(1_042_000)).toBe('10420.00');
    expect(moneyText(5)).toBe('0.05');
    expect(moneyText(0)).toBe('0.00');
    expect(moneyText(null)).toBe('');
  });

  it('reads what a clerk types in 元: decimals, thousands separators, full-width digits, a trailing 元', () => {
    expect(parseMoneyCell('工资性收入', '12345.6')).toEqual({ ok: true, fen: 1_234_560 });
    expect(parseMoneyCell('工资性收入', '12,345.60')).toEqual({ ok: true, fen: 1_234_560 });
    expect(parseMoneyCell('工资性收入', '１２３４５')).toEqual({ ok: true, fen: 1_234_500 });
    expect(parseMoneyCell('工资性收入', ' 800元 ')).toEqual({ ok: true, fen: 80_000 });
  });

  it('clears the value when the cell is emptied', () => {
    expect(parseMoneyCell('理赔收入', '')).toEqual({ ok: true, fen: null });
    expect(parseMoneyCell('理赔收入', '   ')).toEqual({ ok: true, fen: null });
    expect(parseMoneyCell('理赔收入', null)).toEqual({ ok: true, fen: null });
  });

  it('refuses text, negative amounts and amounts over 1 亿元 with a message naming the column', () => {
    const text = parseMoneyCell('工资性收入', '一万');
    expect(text).toEqual({ ok: false, message: expect.stringContaining('“工资性收入”应为金额') });
    expect(parseMoneyCell('生产经营性支出', '-20')).toEqual({ ok: false, message: '“生产经营性支出”不能为负数，现为“-20”' });
    expect(parseMoneyCell('转移性收入', '1000000000')).toEqual({ ok: false, message: expect.stringContaining('超过 1 亿元') });
  });
});

describe('the 收支 list query', () => {
  const base = { offset: 0, limit: 100, includeRemoved: false, sort: [] };

  it('adds the chosen 统计期 as an exact filter and leaves the query alone without one', () => {
    expect(incomeQuery(base, [], '2023-07').filters).toEqual({ period: { filterType: 'text', type: 'equals', filter: '2023-07' } });
    expect(incomeQuery(base, [], null)).toEqual(base);
  });

  it('turns number filters typed in 元 on money columns into fen, and leaves other columns as typed', () => {
    const query = incomeQuery(
      {
        ...base,
        filters: {
          perCapita: { filterType: 'number', type: 'lessThan', filter: 10420 },
          netIncome: { filterType: 'number', operator: 'AND', conditions: [{ filterType: 'number', type: 'inRange', filter: 100.5, filterTo: 200 }] },
          memberCount: { filterType: 'number', type: 'equals', filter: 3 },
          village: { filterType: 'text', type: 'contains', filter: '桂' },
        },
      },
      ['perCapita', 'netIncome'],
      null,
    );
    expect(query.filters).toEqual({
      perCapita: { filterType: 'number', type: 'lessThan', filter: 1_042_000, filterTo: undefined },
      netIncome: { filterType: 'number', operator: 'AND', conditions: [{ filterType: 'number', type: 'inRange', filter: 10_050, filterTo: 20_000 }] },
      memberCount: { filterType: 'number', type: 'equals', filter: 3 },
      village: { filterType: 'text', type: 'contains', filter: '桂' },
    });
  });
});
