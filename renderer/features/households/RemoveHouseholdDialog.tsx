import type { HouseholdRow } from '../../../shared/api/contract';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useSubmitAction } from '../../hooks/useSubmitAction';

/** Confirms 注销: the household becomes 已注销; nothing is deleted. */
export function RemoveHouseholdDialog({ household, onRemoved, onClose }: { household: HouseholdRow; onRemoved(row: HouseholdRow): void; onClose(): void }) {
  const submit = useSubmitAction();
  return (
    <Dialog
      title="注销户"
      onSubmit={() => submit.run(() => api.call('households.remove', { id: household.id }), onRemoved)}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose} autoFocus>
            取消
          </button>
          <button type="submit" className="btn btn-danger" disabled={submit.busy}>
            {submit.busy ? '正在注销…' : '确认注销'}
          </button>
        </>
      }
    >
      <p className="confirm-text">
        确认注销户编号 <strong>{household.householdNo}</strong>
        {household.headName ? `（户主 ${household.headName}）` : ''}？
      </p>
      <p className="confirm-note">注销后该户状态改为“已注销”，不再出现在默认列表中。户信息、家庭成员和修改记录都会保留，勾选“显示已注销户”可以查看。</p>
      <FormError text={submit.error} />
    </Dialog>
  );
}
