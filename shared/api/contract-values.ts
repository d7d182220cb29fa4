/** Value schemas shared by the contract's parts. */
import { z } from 'zod';

/** A field value as the API carries it: a label or text, a number, a set of labels, or nothing. */
export const FieldValueSchema = z.union([z.string().max(2000), z.number(), z.array(z.string().max(200)).max(50), z.null()]);
