/**
 * Saving 收支 cell edits. The column has already parsed the 元 text and shown the new amount; this
 * sends `income.save({householdId, period, values: {[key]: fen}})` and applies the server's row to
 * that one row node, so 家庭纯收入 and 家庭人均纯收入 follow — the table is never re-fetched. A
 * refusal puts the old amount back and the clerk reads the server's Chinese message.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { api, ApiCallError } from '../../api/client';
import { useLedgerSignal } from '../../hooks/useLedgerSignal';
import type { MessageActions } from '../../hooks/useMessage';
import type { IncomeEditHandlers, IncomeRow } from './income-columns';
import { moneyText } from './money-cell';

export function describeIncomeRow(row: IncomeRow): string {
  return `户编号 ${row.householdNo}${row.headName ? `（户主 ${row.headName}）` : ''} ${row.period}`;
}

export function useIncomeEditing(message: MessageActions): IncomeEditHandlers {
  // Handlers are built into the column definitions once; they read the latest message through a ref.
  const latest = useRef(message);
  const { edited } = useLedgerSignal();
  useLayoutEffect(() => {
    latest.current = message;
  });

  return useMemo<IncomeEditHandlers>(
    () => ({
      onRefused(row, _label, text) {
        latest.current.error(`${describeIncomeRow(row)}：${text}。未保存，单元格保留原值。`);
      },
      onAccepted({ node, key, label, fen, oldFen }) {
        const row = node.data;
        if (row === undefined) return;
        api
          .call('income.save', { householdId: row.householdId, period: row.period, values: { [key]: fen } })
          .then((saved) => {
            node.setData(saved);
            edited();
            latest.current.success(`已保存：${describeIncomeRow(saved)} 的“${label}”，家庭人均纯收入 ${saved.perCapita === null ? '—' : `${moneyText(saved.perCapita)} 元`}`);
          })
          .catch((error: unknown) => {
            const current = node.data;
            if (current !== undefined) node.setData({ ...current, [key]: oldFen });
            const reason = error instanceof ApiCallError ? error.message : '保存失败，请重试';
            latest.current.error(`${current ? describeIncomeRow(current) : ''}：${reason}。未保存，已恢复原值。`);
          });
      },
    }),
    [edited],
  );
}
