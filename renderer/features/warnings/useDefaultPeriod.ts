/**
 * The month the 预警 view opens on: the latest 统计期 that has income data, else this month. A
 * ledger is usually worked on for the month whose returns came in last, not the calendar month.
 */
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { currentMonth } from '../imports/preview-rules';

export function useDefaultPeriod(): string | null {
  const [period, setPeriod] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    api
      .call('income.list', { offset: 0, limit: 1, sort: [{ colId: 'period', sort: 'desc' }] })
      .then((page) => {
        if (current) setPeriod(page.rows[0]?.period ?? currentMonth());
      })
      .catch(() => {
        if (current) setPeriod(currentMonth());
      });
    return () => {
      current = false;
    };
  }, []);
  return period;
}
