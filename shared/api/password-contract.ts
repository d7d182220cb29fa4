/**
 * API methods of the optional ledger password: whether the ledger is encrypted and still locked,
 * unlocking it at start, and setting, changing or removing the password.
 */
import { z } from 'zod';

const Password = z.string().min(1).max(128);
const PasswordState = z.object({
  /** The ledger file has a password. */
  encrypted: z.boolean(),
  /** The ledger waits for its password (nothing else answers until then). */
  locked: z.boolean(),
});
export type PasswordStateShape = z.infer<typeof PasswordState>;

export const PASSWORD_API = {
  /** Asked first by the window: show the unlock screen when `locked`. */
  'ledger.passwordState': { input: z.object({}).strict(), output: PasswordState },
  /** Open an encrypted ledger with its password; a wrong one changes nothing. */
  'ledger.unlock': { input: z.object({ password: Password }).strict(), output: PasswordState },
  /**
   * Set (no password yet), change or remove (`password: null`) the ledger's password. Changing or
   * removing needs the current one. Every backup taken afterwards uses the new password.
   */
  'ledger.setPassword': {
    input: z.object({ current: Password.optional(), password: Password.nullable() }).strict(),
    output: PasswordState,
  },
} as const;
