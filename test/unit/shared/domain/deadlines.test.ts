import { describe, expect, it } from 'vitest';
import { upcomingDeadlines } from '../../../../shared/domain/deadlines';
import { POLICY_2023 } from '../../../../shared/domain/policy';
import { formatQuarter, parseQuarter, quarterContaining } from '../../../../shared/domain/quarters';

const policy = () => POLICY_2023;

describe('quarters', () => {
  it('reads 2023Q3 as July–September and refuses other spellings of a month', () => {
    expect(parseQuarter('2023Q3')).toMatchObject({ firstMonth: '2023-07', lastMonth: '2023-09', start: '2023-07-01', end: '2023-09-30' });
    expect(parseQuarter('2023q4')?.end).toBe('2023-12-31');
    expect(parseQuarter('2023-09')).toBeNull();
    expect(parseQuarter('2023Q5')).toBeNull();
    expect(formatQuarter(quarterContaining('2024-02-29'))).toBe('2024年第一季度');
  });
});

describe('upcoming deadlines', () => {
  it("names this month's village return while the 20th is still ahead", () => {
    const monthly = upcomingDeadlines('2023-08-20', policy).find((d) => d.label === '村月报截止');
    expect(monthly).toMatchObject({ date: '2023-08-20', detail: expect.stringContaining('2023年8月') });
  });

  it("moves to next month's return after the 20th, across the year end", () => {
    expect(upcomingDeadlines('2023-12-21', policy).find((d) => d.label === '村月报截止')?.date).toBe('2024-01-20');
  });

  it("takes the needs sheet day from the policy: this quarter's before the day, next quarter's after it", () => {
    expect(upcomingDeadlines('2023-07-03', policy).find((d) => d.label === '季度需求报送')?.date).toBe('2023-07-15');
    expect(upcomingDeadlines('2023-08-01', policy).find((d) => d.label === '季度需求报送')?.date).toBe('2023-10-15');
    const custom = upcomingDeadlines('2023-07-03', () => ({ monthlyDeadlineDay: 25, quarterlyNeedsDay: 10 }));
    expect(custom.map((d) => d.date)).toEqual(['2023-07-10', '2023-07-25', '2023-09-01', '2023-09-30']);
  });
});
