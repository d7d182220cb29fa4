/** The notice shown while the ledger is checked in the background: how far, and that work goes on. */
import type { Checking } from '../../../shared/api/checks-contract';
import { checkingPercent } from './useCheckingProgress';

export function CheckingNotice({ checking, detail }: { checking: NonNullable<Checking>; detail: string }) {
  return (
    <p className="notice checking-notice" role="status" aria-live="polite">
      <strong>正在筛查台账数据… 已完成 {checkingPercent(checking)}%</strong>
      <span>{detail}</span>
    </p>
  );
}
