/**
 * Before an export (issue #6): a workbook sent on while the ledger still has open 错误 findings
 * carries the errors with it, so the clerk is asked first. `guard(run)` asks the server for the
 * open counts (after its incremental catch-up) and runs the export at once when there is no 错误;
 * otherwise it shows a confirmation naming the count, with a way to 数据筛查. 提醒 do not ask.
 * If the count itself cannot be read the export goes ahead: the check must never block a deadline.
 */
import { useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { useOpenView } from '../shell/OpenViewContext';

export interface ExportGuard {
  guard(what: string, run: () => void): void;
  /** Render this next to the buttons. */
  dialog: ReactNode;
}

export function useExportGuard(): ExportGuard {
  const openView = useOpenView();
  const [pending, setPending] = useState<{ what: string; errors: number; run: () => void } | null>(null);
  const [checking, setChecking] = useState(false);

  const guard = (what: string, run: () => void) => {
    if (checking) return;
    setChecking(true);
    api
      .call('checks.openCount', {})
      .then((counts) => (counts.errors > 0 ? setPending({ what, errors: counts.errors, run }) : run()))
      .catch(() => run())
      .finally(() => setChecking(false));
  };

  const dialog =
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
  return { guard, dialog };
}
