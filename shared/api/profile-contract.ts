/**
 * API methods of the ledger profile (台账信息: 县, 镇, 填报单位, 填表人, 审核人, 联系电话) and of the
 * first run: whether the wizard should open, and writing the demo town into an empty ledger.
 */
import { z } from 'zod';

const Text = (max: number) => z.string().max(max).nullable().optional();

export const LedgerProfileSchema = z.object({
  county: z.string().nullable(),
  town: z.string().nullable(),
  reportingUnit: z.string().nullable(),
  filledBy: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  phone: z.string().nullable(),
});

export const PROFILE_API = {
  /**
   * The profile the sheet footers print (county/town fall back to the ledger's only 县/镇),
   * whether one was ever saved, and whether the ledger is still empty (no household): an empty
   * ledger without a profile opens the first run wizard.
   */
  'profile.get': {
    input: z.object({}).strict(),
    output: z.object({ profile: LedgerProfileSchema, saved: z.boolean(), emptyLedger: z.boolean() }),
  },
  /** Save the profile (one undoable edit). On a ledger without a town it also creates the 县 and 镇. */
  'profile.save': {
    input: z
      .object({ county: Text(30), town: Text(30), reportingUnit: Text(60), filledBy: Text(30), reviewedBy: Text(30), phone: Text(40) })
      .strict(),
    output: LedgerProfileSchema,
  },
  /** Write the demo town (fictitious households of the profile's Wengyuan town) into an empty ledger, as one undoable step. */
  'demo.seed': {
    input: z.object({ households: z.number().int().min(1).max(2000).default(300) }).strict(),
    output: z.object({ households: z.number().int(), members: z.number().int(), town: z.string() }),
  },
} as const;
