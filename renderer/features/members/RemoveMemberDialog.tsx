/**
 * Marks a member as no longer 在户 (死亡, 迁出, 婚出, 服刑, 其他). The person and their history
 * stay in the ledger; only the status changes, and 家庭人口数 follows.
 */
import { useState } from 'react';
import type { MemberRow } from '../../../shared/api/contract';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import { DialogActions } from '../../components/DialogActions';

const REASONS = ['死亡', '迁出', '婚出', '服刑', '其他'] as const;
type Reason = (typeof REASONS)[number];

export function RemoveMemberDialog({ member, onRemoved, onClose }: { member: MemberRow; onRemoved(row: MemberRow): void; onClose(): void }) {
  const [reason, setReason] = useState<Reason | null>(null);
  const [missing, setMissing] = useState(false);
  const submit = useSubmitAction();

  const save = () => {
    if (reason === null) {
      setMissing(true);
      return;
    }
    submit.run(() => api.call('members.remove', { id: member.id, status: reason }), onRemoved);
  };

  return (
    <Dialog
      title="成员移出"
      onSubmit={save}
      onClose={onClose}
      actions={<DialogActions onCancel={onClose} busy={submit.busy} label="确认" danger />}
    >
      <p className="confirm-text">
        <strong>{member.name}</strong>（{member.relation}，{member.idNo}）不再在户，原因是：
      </p>
      <fieldset className="choice-group">
        <legend className="visually-hidden">移出原因</legend>
        {REASONS.map((r) => (
          <label key={r} className={`choice${reason === r ? ' checked' : ''}`}>
            <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} />
            {r}
          </label>
        ))}
      </fieldset>
      {missing && reason === null && <div className="field-error">请选择移出原因</div>}
      <p className="confirm-note">记录和修改历史都会保留，不计入家庭人口数；勾选“显示非在户成员”可以查看。</p>
      <FormError text={submit.error} />
    </Dialog>
  );
}
