/**
 * A labourer's service records and their 1/1/3 standing in one quarter, reloaded when `revision`
 * changes (a service was just recorded) or the ledger changed elsewhere (撤销, an import).
 */
import { useState } from 'react';
import type { ServiceEvent, ServiceStanding } from '../../../shared/api/employment-contract';
import { api } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useOnLedgerChanged } from '../../hooks/useLedgerSignal';
import type { Targets } from './ServiceStandingCard';

export interface LabourerServices {
  events: ServiceEvent[];
  standing: ServiceStanding | null;
  targets: Targets | null;
}

export function useLabourerServices(memberId: number, village: string | null, quarter: string, revision: number) {
  const [outside, setOutside] = useState(0);
  useOnLedgerChanged(() => setOutside((n) => n + 1));
  return useApiQuery<LabourerServices>(async () => {
    const [events, standings] = await Promise.all([
      api.call('services.list', { memberId }),
      api.call('services.quarter', { quarter, ...(village === null ? {} : { village }) }),
    ]);
    return { events, standing: standings.rows.find((r) => r.memberId === memberId) ?? null, targets: standings.targets };
  }, `${memberId}|${quarter}|${revision}|${outside}`);
}
