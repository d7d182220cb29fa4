/** Every handler, one file per area. The type makes a method without a handler a compile error. */
import type { HandlerMap } from '../dispatch';
import { backupHandlers } from './backup';
import { checksHandlers } from './checks';
import { historyHandlers } from './history';
import { householdHandlers } from './households';
import { importHandlers } from './imports';
import { ledgerHandlers } from './ledger';
import { memberHandlers } from './members';
import { monitoringHandlers } from './monitoring';
import { passwordHandlers } from './password';
import { undoHandlers } from './undo';
import { profileHandlers } from './profile';
import { templateHandlers } from './templates';
import { dashboardHandlers } from './dashboard';
import { employmentHandlers } from './employment';
import { gridHandlers } from './grid';

export const HANDLERS: HandlerMap = {
  ...ledgerHandlers,
  ...householdHandlers,
  ...memberHandlers,
  ...historyHandlers,
  ...importHandlers,
  ...monitoringHandlers,
  ...backupHandlers,
  ...undoHandlers,
  ...profileHandlers,
  ...templateHandlers,
  ...checksHandlers,
  ...dashboardHandlers,
  ...employmentHandlers,
  ...passwordHandlers,
  ...gridHandlers,
};
