/**
 * Builds template columns from the ledger's field specs (records.ts), so a template column that
 * stands for a ledger field carries exactly that field's key, kind and code list. A key that does
 * not exist in records.ts throws at module load: a typo cannot ship silently.
 */
import { fieldSpec, type RecordKind } from '../domain/records';
import type { TemplateColumn } from './types';

export interface ColumnExtras {
  /** Header as the template prints it; defaults to the field's Chinese label. */
  header?: string;
  aliases?: readonly string[];
  required?: boolean;
  identifying?: boolean;
}

export function fieldColumn(record: RecordKind, key: string, extras: ColumnExtras = {}): TemplateColumn {
  const spec = fieldSpec(record, key);
  if (spec === undefined) throw new Error(`template column refers to unknown ${record} field '${key}'`);
  const column: TemplateColumn = { key, header: extras.header ?? spec.label, kind: spec.kind };
  if (spec.codeList !== undefined) column.codeList = spec.codeList;
  if (extras.aliases !== undefined) column.aliases = extras.aliases;
  if (extras.required) column.required = true;
  if (extras.identifying) column.identifying = true;
  return column;
}

/** Each name as written and with the 是否 prefix that many 是/否 columns carry (是否享受低保). */
export function yesNoAliases(...names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    out.add(name);
    out.add(`是否${name}`);
  }
  return [...out];
}
