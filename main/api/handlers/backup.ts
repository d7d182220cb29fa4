import { existsSync, statSync } from 'node:fs';
import { ApiError } from '../../../shared/api/errors';
import { backupDirFor, createBackup, listBackups } from '../../backup/backups';
import { readRotation, writeRotation } from '../../backup/backup-settings';
import { restoreLedger } from '../../backup/restore';
import type { CopyProgress } from '../../backup/copy-ledger';
import type { HandlerContext } from '../context';
import type { HandlerMap } from '../dispatch';

/** Progress of a backup as `backup.progress` events, at most one per whole percent. */
export function progressEvents(ctx: HandlerContext): ((p: CopyProgress) => void) | undefined {
  const emit = ctx.emit;
  if (!emit) return undefined;
  let last = -1;
  return ({ fraction }) => {
    const percent = Math.floor(fraction * 100);
    if (percent === last) return;
    last = percent;
    emit('backup.progress', { fraction });
  };
}

export const backupHandlers: Pick<HandlerMap, 'backup.list' | 'backup.create' | 'backup.saveTo' | 'backup.restore' | 'backup.settings' | 'backup.updateSettings'> = {
  'backup.list': (_input, { ledgerPath }) => {
    const dir = backupDirFor(ledgerPath);
    return { dir, backups: listBackups(dir) };
  },
  'backup.create': async (_input, ctx) => createBackup(ctx.db, backupDirFor(ctx.ledgerPath), '手动', new Date(), progressEvents(ctx)),
  'backup.saveTo': async ({ folder }, ctx) => {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new ApiError('backup.no-folder', `文件夹“${folder}”不存在或不可用，请重新选择（U 盘是否已插好？）`);
    return createBackup(ctx.db, folder, '手动', new Date(), progressEvents(ctx));
  },
  'backup.restore': async ({ path, password }, ctx) => {
    ctx.imports.clear();
    return restoreLedger(ctx, path, password);
  },
  'backup.settings': (_input, { db }) => readRotation(db),
  'backup.updateSettings': (rotation, { db }) => writeRotation(db, rotation),
};
