/**
 * How many automatic backups to keep: the newest of each of the last N days and of each of the M
 * weeks before them (defaults 7 and 4). Stored in the ledger's settings table, so they travel with
 * the ledger file and its backups. Settings are configuration, not ledger records: they are
 * written directly (no history, not undoable), like the schema version.
 */
import { ApiError } from '../../shared/api/errors';
import type { Db } from '../db/open';

export interface Rotation {
  keepDaily: number;
  keepWeekly: number;
}

export const DEFAULT_ROTATION: Rotation = { keepDaily: 7, keepWeekly: 4 };
export const ROTATION_LIMITS = { keepDaily: { min: 1, max: 90 }, keepWeekly: { min: 0, max: 52 } } as const;

const KEYS: Record<keyof Rotation, string> = { keepDaily: 'backup.keep_daily', keepWeekly: 'backup.keep_weekly' };

function stored(db: Db, key: string): number | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  const value = row ? Number(row.value) : NaN;
  return Number.isInteger(value) ? value : null;
}

export function readRotation(db: Db): Rotation {
  const clamp = (field: keyof Rotation) => {
    const value = stored(db, KEYS[field]);
    const { min, max } = ROTATION_LIMITS[field];
    return value === null || value < min || value > max ? DEFAULT_ROTATION[field] : value;
  };
  return { keepDaily: clamp('keepDaily'), keepWeekly: clamp('keepWeekly') };
}

export function writeRotation(db: Db, rotation: Rotation): Rotation {
  for (const field of ['keepDaily', 'keepWeekly'] as const) {
    const { min, max } = ROTATION_LIMITS[field];
    const value = rotation[field];
    if (!Number.isInteger(value) || value < min || value > max) {
      const label = field === 'keepDaily' ? '保留最近几天的每日备份' : '再保留几周的每周备份';
      throw new ApiError('backup.bad-rotation', `“${label}”应为 ${min} 到 ${max} 之间的整数，现为“${value}”`, { field, value });
    }
  }
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    upsert.run(KEYS.keepDaily, String(rotation.keepDaily));
    upsert.run(KEYS.keepWeekly, String(rotation.keepWeekly));
  })();
  return readRotation(db);
}
