/**
 * The 就业台账 toolbar's choices (month, village, 务工区域, 就业渠道, need) added to the grid's own list
 * query, so the server pages, sorts and filters in SQL with them. A toolbar choice wins over a
 * column filter on the same field: it is what the clerk sees chosen above the grid.
 */
import type { ApiInput } from '../../../shared/api/contract';
import type { ListQuery } from '../../../shared/api/list-query-schema';

export type NeedFilter = 'job' | 'training' | null;

export interface EmploymentFilters {
  month: string;
  village: string | null;
  region: string | null;
  channel: string | null;
  need: NeedFilter;
}

const equals = (filter: string) => ({ filterType: 'text' as const, type: 'equals' as const, filter });

export function employmentQuery(query: ListQuery, chosen: EmploymentFilters): ApiInput<'employment.list'> {
  const filters: NonNullable<ListQuery['filters']> = { ...(query.filters ?? {}) };
  if (chosen.region !== null) filters.region = equals(chosen.region);
  if (chosen.channel !== null) filters.channel = equals(chosen.channel);
  if (chosen.need === 'job') filters.jobNeed = equals('是');
  if (chosen.need === 'training') filters.trainingNeed = equals('是');
  const { filters: _dropped, ...rest } = query;
  return {
    ...rest,
    month: chosen.month,
    ...(chosen.village === null ? {} : { village: chosen.village }),
    ...(Object.keys(filters).length === 0 ? {} : { filters }),
  };
}
