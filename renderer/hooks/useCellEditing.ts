/**
 * Saving grid cell edits. The column's valueSetter has already validated the value with the shared
 * parser and shown it in the cell; this sends `{id, patch: {[key]: value}}` to the update method,
 * then applies the server's row to that one row node (derived cells such as 性别/出生日期 after an
 * ID correction follow) — the table is never re-fetched. If the server refuses, the cell gets its
 * old value back and the clerk reads the server's Chinese message. A saved edit tells the ledger
 * signal (`edited`), so 撤销 in the top bar offers it.
 */
import type { FieldValue } from '../../shared/domain/records';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { ApiCallError } from '../api/client';
import type { AcceptedEdit, CellEditHandlers, LedgerRecord } from '../grid/column-defs';
import { useLedgerSignal } from './useLedgerSignal';
import type { MessageActions } from './useMessage';

export interface CellEditingOptions<T extends LedgerRecord> {
  update(id: number, patch: Record<string, FieldValue>): Promise<T>;
  /** How the message names the row: "张三（户编号 …）". */
  describe(row: T): string;
  message: MessageActions;
  onSaved?(row: T): void;
}

export function useCellEditing<T extends LedgerRecord>(options: CellEditingOptions<T>): CellEditHandlers<T> {
  // Handlers are built into column definitions once; they read the latest options through a ref.
  const latest = useRef(options);
  const { edited } = useLedgerSignal();
  useLayoutEffect(() => {
    latest.current = options;
  });

  return useMemo<CellEditHandlers<T>>(
    () => ({
      onRefused(row, spec, message) {
        latest.current.message.error(`${latest.current.describe(row)}：${message}。未保存，单元格保留原值。`);
      },
      onAccepted({ node, spec, value, oldValue }: AcceptedEdit<T>) {
        const { update, describe, message } = latest.current;
        const id = node.data?.id;
        if (id === undefined) return;
        update(id, { [spec.key]: value })
          .then((row) => {
            node.setData(row);
            message.success(`已保存：${describe(row)} 的“${spec.label}”`);
            latest.current.onSaved?.(row);
            edited();
          })
          .catch((error: unknown) => {
            const current = node.data;
            if (current !== undefined) node.setData({ ...current, [spec.key]: oldValue });
            const reason = error instanceof ApiCallError ? error.message : '保存失败，请重试';
            message.error(`${current ? describe(current) : ''}：${reason}。未保存，已恢复原值。`);
          });
      },
    }),
    [edited],
  );
}
