import { existsSync, statSync } from 'node:fs';
import { ApiError } from '../../../shared/api/errors';
import { backupDirFor, createBackup, listBackups } from '../../backup/backups';
import { readRotation, writeRotation } from '../../backup/backup-settings';
import { restoreLedger } from '../../backup/restore';
import type { HandlerMap } from '../dispatch';

export const backupHandlers: Pick<HandlerMap, 'backup.list' | 'backup.create' | 'backup.saveTo' | 'backup.restore' | 'backup.settings' | 'backup.updateSettings'> = {
  'backup.list': (_input, { ledgerPath }) => {
    const dir = backupDirFor(ledgerPath);
    return { dir, backups: listBackups(dir) };
  },
  'backup.create': async (_input, { db, ledgerPath }) => createBackup(db, backupDirFor(ledgerPath), '手动'),
  'backup.saveTo': async ({ folder }, { db }) => {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new ApiError('backup.no-folder', `文件夹“${folder}”不存在或不可用，请重新选择（U 盘是否已插好？）`);
    return createBackup(db, folder, '手动');
  },
  'backup.restore': async ({ path, password }, ctx) => {
    ctx.imports.clear();
    return restoreLedger(ctx, path, password);
  },
  'backup.settings': (_input, { db }) => readRotation(db),
  'backup.updateSettings': (rotation, { db }) => writeRotation(db, rotation),
};
