/**
 * Before an export (issue #6): a workbook sent on while the ledger still has open 错误 findings
 * carries the errors with it, so the clerk is asked first. `guard(run)` asks the server for the
 * open counts (after its incremental catch-up) and runs the export at once when there is no 错误;
 * otherwise it shows a confirmation naming the count, with a way to 数据筛查. 提醒 do not ask.
 * If the count itself cannot be read the export goes ahead: the check must never block a deadline.
 * While a background check runs (issue #9) the count is not final: the dialog says the check is
 * still running and offers to wait for it (the guard asks again when it ends) or export anyway.
 */
import { useState, type ReactNode } from 'react';
import type { Checking } from '../../../shared/api/checks-contract';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { useOpenView } from '../shell/OpenViewContext';
import { checkingPercent, useCheckingProgress } from './useCheckingProgress';

export interface ExportGuard {
  guard(what: string, run: () => void): void;
  /** Render this next to the buttons. */
  dialog: ReactNode;
}

export function useExportGuard(): ExportGuard {
  const openView = useOpenView();
  const [pending, setPending] = useState<{ what: string; errors: number; run: () => void } | null>(null);
  const [running, setRunning] = useState<{ what: string; run: () => void; checking: Checking } | null>(null);
  const [asking, setAsking] = useState(false);

  const guard = (what: string, run: () => void) => {
    if (asking) return;
    setAsking(true);
    api
      .call('checks.openCount', {})
      .then((counts) => {
        if (counts.checking !== null) setRunning({ what, run, checking: counts.checking });
        else if (counts.errors > 0) setPending({ what, errors: counts.errors, run });
        else run();
      })
      .catch(() => run())
      .finally(() => setAsking(false));
  };

  const waitDialog =
    running === null ? null : (
      <CheckingWaitDialog
        what={running.what}
        checking={running.checking}
        onCancel={() => setRunning(null)}
        onExportAnyway={() => {
          const { run } = running;
          setRunning(null);
          run();
        }}
        onFinished={() => {
          const { what, run } = running;
          setRunning(null);
          guard(what, run);
        }}
      />
    );

  const errorsDialog =
    pending === null ? null : (
      <Dialog
        title="台账中还有未更正的错误"
        onClose={() => setPending(null)}
        onSubmit={() => {
          const { run } = pending;
          setPending(null);
          run();
        }}
        actions={<DialogActions onCancel={() => setPending(null)} busy={false} label="仍要导出" />}
      >
        <p className="export-guard-text">
          数据筛查发现 <strong>{pending.errors}</strong> 条错误尚未更正或核实。现在导出{pending.what}，这些错误会一并报出。
        </p>
        <p>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              setPending(null);
              openView('checks');
            }}
          >
            去数据筛查查看
          </button>
        </p>
      </Dialog>
    );
  return { guard, dialog: waitDialog ?? errorsDialog };
}

/** The check is still running: wait (the dialog follows its progress and asks again at the end) or export anyway. */
function CheckingWaitDialog(props: { what: string; checking: Checking; onCancel(): void; onExportAnyway(): void; onFinished(): void }) {
  const progress = useCheckingProgress(props.checking, props.onFinished);
  return (
    <Dialog
      title="数据筛查还没有完成"
      onClose={props.onCancel}
      onSubmit={props.onExportAnyway}
      actions={<DialogActions onCancel={props.onCancel} busy={false} label="不等了，仍要导出" />}
    >
      <p className="export-guard-text">
        正在筛查台账数据{progress === null ? '' : `，已完成 ${checkingPercent(progress)}%`}。筛查完成前还不知道有没有未更正的错误。
      </p>
      <p>请等待筛查完成（完成后自动再核对一次），或者现在就导出{props.what}。</p>
    </Dialog>
  );
}
