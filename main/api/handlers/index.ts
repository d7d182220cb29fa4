/** Every handler, one file per area. The type makes a method without a handler a compile error. */
import type { HandlerMap } from '../dispatch';
import { backupHandlers } from './backup';
import { historyHandlers } from './history';
import { householdHandlers } from './households';
import { importHandlers } from './imports';
import { ledgerHandlers } from './ledger';
import { memberHandlers } from './members';
import { monitoringHandlers } from './monitoring';
import { undoHandlers } from './undo';
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
  ...gridHandlers,
};
