import { describe, expect, it } from 'vitest';
import { matchesSearch } from '../../../../../renderer/features/returnees/returnee-search';

const CASE = { name: '蓝伟', idNo: '44022919850725947X', householdNo: '440229101000000007' };

describe('返乡回流 quick search', () => {
  it('finds a case by part of its name, ID (x in any case) or 户编号', () => {
    expect(matchesSearch(CASE, '')).toBe(true);
    expect(matchesSearch(CASE, '伟')).toBe(true);
    expect(matchesSearch(CASE, '947x')).toBe(true);
    expect(matchesSearch(CASE, ' 000007 ')).toBe(true);
  });

  it('leaves out a case that matches nothing', () => {
    expect(matchesSearch(CASE, '刘')).toBe(false);
    expect(matchesSearch(CASE, '5555')).toBe(false);
  });
});
