/** API methods of backups: list, back up now, back up to a chosen folder, restore, rotation settings. */
import { z } from 'zod';

const BackupEntrySchema = z.object({ path: z.string(), fileName: z.string(), reason: z.string(), createdAt: z.string(), bytes: z.number().int() });
export type BackupEntryShape = z.infer<typeof BackupEntrySchema>;
const RotationSchema = z.object({ keepDaily: z.number().int().min(1).max(90), keepWeekly: z.number().int().min(0).max(52) });

export const BACKUP_API = {
  /** The ledger's backup folder and its backups, newest first. */
  'backup.list': { input: z.object({}).strict(), output: z.object({ dir: z.string(), backups: z.array(BackupEntrySchema) }) },
  /** Back up now into the backup folder (kept until deleted by hand). */
  'backup.create': { input: z.object({}).strict(), output: BackupEntrySchema },
  /** "备份到…": back up into a chosen folder, e.g. a USB stick. */
  'backup.saveTo': { input: z.object({ folder: z.string().min(1).max(1000) }).strict(), output: BackupEntrySchema },
  /** Restore from a checked backup file; the current ledger is backed up first. */
  'backup.restore': {
    /** `password`: for an encrypted backup made under another password than the current one. */
    input: z.object({ path: z.string().min(1).max(1000), password: z.string().min(1).max(128).optional() }).strict(),
    output: z.object({ restoredFrom: z.string(), safetyBackup: BackupEntrySchema }),
  },
  /** How many automatic backups are kept (the newest per day for N days, per week for M weeks). */
  'backup.settings': { input: z.object({}).strict(), output: RotationSchema },
  /** Change the rotation; applied at the next automatic backup. */
  'backup.updateSettings': { input: RotationSchema.strict(), output: RotationSchema },
} as const;
