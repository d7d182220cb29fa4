import { redo, undo, undoState } from '../../db/undo-redo';
import type { HandlerMap } from '../dispatch';

export const undoHandlers: Pick<HandlerMap, 'edits.state' | 'edits.undo' | 'edits.redo'> = {
  'edits.state': (_input, { db }) => undoState(db),
  'edits.undo': (_input, { db, actor }) => undo(db, actor),
  'edits.redo': (_input, { db, actor }) => redo(db, actor),
};
