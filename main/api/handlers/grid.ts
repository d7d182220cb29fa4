import { patchIncomeMany } from '../../db/income-patch-many';
import { patchMany } from '../../db/patch-many';
import { exportGridView } from '../../exports/grid-export';
import type { HandlerMap } from '../dispatch';

export const gridHandlers: Pick<HandlerMap, 'records.patchMany' | 'income.patchMany' | 'grid.exportXlsx'> = {
  'records.patchMany': ({ kind, patches, label }, { db, actor }) => patchMany(db, actor, kind, patches, label),
  'income.patchMany': ({ patches, label }, { db, actor }) => patchIncomeMany(db, actor, patches, label),
  'grid.exportXlsx': (input, { db }) => exportGridView(db, input),
};
