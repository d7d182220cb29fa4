/** API methods of undo/redo (persisted; one intention = one step) and per-record restore. */
import { z } from 'zod';

const StepSchema = z.object({ changeSetId: z.number().int(), label: z.string(), at: z.string() });

export const UNDO_API = {
  /** What Ctrl+Z and Ctrl+Y would do now (labels for the menu and the tooltip). */
  'edits.state': { input: z.object({}).strict(), output: z.object({ undo: StepSchema.nullable(), redo: StepSchema.nullable() }) },
  /** Undo the newest edit, paste, removal or import batch. */
  'edits.undo': { input: z.object({}).strict(), output: StepSchema },
  /** Redo the newest undone step (until a new edit is made). */
  'edits.redo': { input: z.object({}).strict(), output: StepSchema },
} as const;
