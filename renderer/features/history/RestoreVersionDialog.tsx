/**
 * Confirms 恢复到此版本: every field of the record changed after this entry gets the value it had
 * right after it, as one new edit (撤销 takes it back). The result goes out on the ledger signal,
 * so the grid row, the detail pane and this history reload.
 */
import type { HistoryEntry } from '../../../shared/api/contract';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useLedgerSignal } from '../../hooks/useLedgerSignal';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import { formatHistoryValue, formatTime } from './history-format';
import type { HistoryTable } from './useRecordHistory';

export interface RestoreTarget {
  table: HistoryTable;
  id: number;
  /** How the message names the record: 张三, 户编号 … */
  name: string;
}

export interface RestoreVersionDialogProps {
  target: RestoreTarget;
  entry: HistoryEntry;
  fields: string[];
  onClose(): void;
}

export function RestoreVersionDialog({ target, entry, fields, onClose }: RestoreVersionDialogProps) {
  const submit = useSubmitAction();
  const { changed } = useLedgerSignal();
  const time = formatTime(entry.at);
  const what = entry.op === 'insert' ? '新建时' : `“${entry.fieldLabel}”改为“${formatHistoryValue(entry.newValue)}”时`;
  return (
    <Dialog
      title="恢复到此版本"
      onClose={onClose}
      onSubmit={() =>
        submit.run(
          () => api.call('history.restoreVersion', { table: target.table, id: target.id, historyId: entry.id }),
          ({ restoredFields }) => {
            onClose();
            changed({
              tone: 'success',
              text: restoredFields === 0 ? `${target.name} 与 ${time} 的版本相同，没有需要恢复的字段` : `已将 ${target.name} 恢复到 ${time} 的版本（${restoredFields} 个字段），可用“撤销”取消`,
            });
          },
        )
      }
      actions={
        <>
          <button type="button" className="btn" onClick={onClose} autoFocus disabled={submit.busy}>
            取消
          </button>
          <button type="submit" className="btn btn-primary" disabled={submit.busy}>
            {submit.busy ? '正在恢复…' : '确认恢复'}
          </button>
        </>
      }
    >
      <p className="confirm-text">
        把 <strong>{target.name}</strong> 恢复到 <strong>{time}</strong> {what}的版本？
      </p>
      <p className="confirm-note">{fields.length > 0 ? `此后改过的字段会改回当时的值：${fields.join('、')}。` : '此后没有改过的字段。'}这次恢复记为一次修改，可以用“撤销”取消。</p>
      <FormError text={submit.error} />
    </Dialog>
  );
}
