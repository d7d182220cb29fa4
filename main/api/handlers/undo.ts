import { restoreVersion } from '../../db/history';
import { redo, undo, undoState } from '../../db/undo-redo';
import type { HandlerMap } from '../dispatch';

export const undoHandlers: Pick<HandlerMap, 'edits.state' | 'edits.undo' | 'edits.redo' | 'history.restoreVersion'> = {
  'edits.state': (_input, { db }) => undoState(db),
  'edits.undo': (_input, { db, actor }) => undo(db, actor),
  'edits.redo': (_input, { db, actor }) => redo(db, actor),
  'history.restoreVersion': ({ table, id, historyId }, { db, actor }) => ({ restoredFields: restoreVersion(db, actor, table, id, historyId) }),
};
