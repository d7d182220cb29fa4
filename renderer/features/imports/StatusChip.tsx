/** A small coloured status label: 按时/逾期/未报 on the board, 有效/已撤销 in the history. */
import type { ReactNode } from 'react';

export type ChipTone = 'ok' | 'warn' | 'danger' | 'muted';

export function StatusChip({ tone, children, title }: { tone: ChipTone; children: ReactNode; title?: string }) {
  return (
    <span className={`status-chip chip-${tone}`} title={title}>
      {children}
    </span>
  );
}
