/** API methods of the blank templates villages fill in (家庭成员信息表, 收入情况表 …). */
import { z } from 'zod';
import { BLANK_TEMPLATE_IDS } from '../templates/blank-templates';

export const TEMPLATES_API = {
  /** A blank workbook of one template: its headers, dropdowns for code-list columns, text-formatted ID/phone columns. */
  'templates.blank': {
    input: z.object({ kind: z.enum(BLANK_TEMPLATE_IDS) }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
  },
} as const;
