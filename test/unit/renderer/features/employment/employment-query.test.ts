import { describe, expect, it } from 'vitest';
import { employmentQuery } from '../../../../../renderer/features/employment/employment-query';

const NONE = { month: '2023-08', village: null, region: null, channel: null, need: null } as const;

describe('就业台账 query', () => {
  it('sends the month always and nothing else when no toolbar choice is made', () => {
    expect(employmentQuery({ offset: 0, limit: 100 }, NONE)).toEqual({ offset: 0, limit: 100, month: '2023-08' });
  });

  it('adds village, 务工区域, 就业渠道 and a need as exact filters beside the column filters', () => {
    const query = employmentQuery(
      { offset: 100, limit: 100, search: '张', filters: { name: { filterType: 'text', type: 'contains', filter: '三' } } },
      { month: '2023-07', village: '龙仙村', region: '省外', channel: '外出务工', need: 'training' },
    );
    expect(query).toEqual({
      offset: 100,
      limit: 100,
      search: '张',
      month: '2023-07',
      village: '龙仙村',
      filters: {
        name: { filterType: 'text', type: 'contains', filter: '三' },
        region: { filterType: 'text', type: 'equals', filter: '省外' },
        channel: { filterType: 'text', type: 'equals', filter: '外出务工' },
        trainingNeed: { filterType: 'text', type: 'equals', filter: '是' },
      },
    });
  });

  it('lets the toolbar 务工区域 win over a column filter on the same field', () => {
    const query = employmentQuery({ filters: { region: { filterType: 'text', type: 'equals', filter: '县内' } } }, { ...NONE, region: '境外', need: 'job' });
    expect(query.filters).toEqual({ region: { filterType: 'text', type: 'equals', filter: '境外' }, jobNeed: { filterType: 'text', type: 'equals', filter: '是' } });
  });
});
