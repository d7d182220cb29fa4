import { listHistory } from '../../db/history';
import type { HandlerMap } from '../dispatch';

export const historyHandlers: Pick<HandlerMap, 'history.list'> = {
  'history.list': ({ table, id, limit }, { db }) => listHistory(db, table, id, limit),
};
