/**
 * The paste writer of the 收支 grid: only the seven money inputs accept pasted text, parsed as 元 by
 * the same parser the cell editor uses; the batch goes to `income.patchMany` (one undo step).
 */
import { INCOME_LABELS } from '../../../shared/domain/income';
import { api } from '../../api/client';
import type { GridWriter } from '../../grid/grid-writes';
import type { IncomeRow } from './income-columns';
import { MONEY_INPUT_KEYS, parseMoneyCell } from './money-cell';
import { describeIncomeRow } from './useIncomeEditing';

const INPUTS: readonly string[] = MONEY_INPUT_KEYS;

export const INCOME_WRITER: GridWriter<IncomeRow> = {
  parse(colId, raw) {
    if (!INPUTS.includes(colId)) return undefined;
    const parsed = parseMoneyCell(INCOME_LABELS[colId] ?? colId, raw);
    return parsed.ok ? { ok: true, value: parsed.fen } : parsed;
  },
  async patchMany(patches, label) {
    const result = await api.call('income.patchMany', { patches: patches as { id: number; patch: Record<string, number | null> }[], label });
    return { ...result, rows: result.rows as unknown as IncomeRow[] };
  },
  describe: describeIncomeRow,
};
