import { dashboardWarnings } from '../../dashboard/dashboard-warnings';
import { dashboardSummary } from '../../dashboard/summary';
import { exportQuarterBytes, requireQuarter } from '../../reports/quarter-export';
import type { HandlerMap } from '../dispatch';

export const dashboardHandlers: Pick<HandlerMap, 'dashboard.summary' | 'dashboard.warnings' | 'export.quarter'> = {
  'dashboard.summary': (_input, { db }) => dashboardSummary(db),
  'dashboard.warnings': (input, { db }) => dashboardWarnings(db, input),
  'export.quarter': async ({ quarter }, { db }) => {
    const file = await exportQuarterBytes(db, requireQuarter(quarter));
    return { fileName: file.fileName, contentBase64: file.bytes.toString('base64'), sheets: file.sheets };
  },
};
