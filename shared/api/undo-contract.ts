/** API methods of undo/redo (persisted; one intention = one step) and per-record restore. */
import { z } from 'zod';

const StepSchema = z.object({ changeSetId: z.number().int(), label: z.string(), at: z.string() });

export const UNDO_API = {
  /** What Ctrl+Z and Ctrl+Y would do now (labels for the menu and the tooltip). */
  'edits.state': { input: z.object({}).strict(), output: z.object({ undo: StepSchema.nullable(), redo: StepSchema.nullable() }) },
  /** Undo the newest edit, paste, removal or import batch. */
  'edits.undo': { input: z.object({}).strict(), output: StepSchema },
  /** 恢复到此版本: every field changed after a history entry gets its value at that moment back (one undoable edit). */
  'history.restoreVersion': {
    input: z.object({ table: z.enum(['households', 'members']), id: z.number().int().positive(), historyId: z.number().int().positive() }).strict(),
    output: z.object({ restoredFields: z.number().int() }),
  },
  /** Redo the newest undone step (until a new edit is made). */
  'edits.redo': { input: z.object({}).strict(), output: StepSchema },
} as const;
