/**
 * Saving 就业台账 cell edits. The column has already parsed the value and shown it; this sends
 * `employment.update({memberId, month, patch: {[key]: value}})` and applies the server's row to
 * that one node — the table is never re-fetched. When the saved month turns a 县外 worker into one
 * at home, the server opens a 返乡回流 case and the clerk is told so. A refusal puts the old value
 * back and the clerk reads the server's Chinese message.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { EmploymentRow } from '../../../shared/api/employment-contract';
import { formatPeriod } from '../../../shared/domain/periods';
import { api, ApiCallError } from '../../api/client';
import { useLedgerSignal } from '../../hooks/useLedgerSignal';
import type { MessageActions } from '../../hooks/useMessage';
import type { EmploymentEditHandlers, EmploymentGridRow } from './employment-columns';

export function toGridRow(row: EmploymentRow): EmploymentGridRow {
  return { ...row, id: row.memberId };
}

export function describeLabourer(row: Pick<EmploymentRow, 'name' | 'householdNo' | 'month'>): string {
  return `${row.name}（户编号 ${row.householdNo}）${formatPeriod(row.month)}`;
}

export function useEmploymentEditing(message: MessageActions): EmploymentEditHandlers {
  // Handlers are built into the column definitions once; they read the latest message through a ref.
  const latest = useRef(message);
  const { edited } = useLedgerSignal();
  useLayoutEffect(() => {
    latest.current = message;
  });

  return useMemo<EmploymentEditHandlers>(
    () => ({
      onRefused(row, _spec, text) {
        latest.current.error(`${describeLabourer(row)}：${text}。未保存，单元格保留原值。`);
      },
      onAccepted({ node, spec, value, oldValue }) {
        const row = node.data;
        if (row === undefined) return;
        api
          .call('employment.update', { memberId: row.memberId, month: row.month, patch: { [spec.key]: value } })
          .then(({ row: saved, openedCase }) => {
            node.setData(toGridRow(saved));
            edited();
            const opened = openedCase === null ? '' : `；已从县外务工转为在家，自动建立返乡回流跟踪（返乡时间 ${openedCase.returnDate}）`;
            latest.current.success(`已保存：${describeLabourer(saved)} 的“${spec.label}”${opened}`);
          })
          .catch((error: unknown) => {
            const current = node.data;
            if (current !== undefined) node.setData({ ...current, [spec.key]: oldValue });
            const reason = error instanceof ApiCallError ? error.message : '保存失败，请重试';
            latest.current.error(`${current ? describeLabourer(current) : ''}：${reason}。未保存，已恢复原值。`);
          });
      },
    }),
    [edited],
  );
}
