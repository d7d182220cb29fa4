/** 回退: undoes the last 风险消除 with a reason and a date; the elimination stays in the timeline. */
import { useState } from 'react';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { FieldInput } from '../../components/FieldInput';
import { FormError } from '../../components/FormError';
import { validateForm } from '../../components/validate-form';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import { todayIso } from './monitor-format';
import { DATE_HINT, dateSpec, REASON_SPEC, type MonitorDialogProps } from './monitor-specs';
import { DialogActions } from '../../components/DialogActions';

const DATE_SPEC = dateSpec('回退日期');
const REASON_MIN = 2;
const REASON_MAX = 200;

export function RevertDialog({ household, onDone, onClose }: MonitorDialogProps) {
  const [typed, setTyped] = useState<Record<string, string>>({ reason: '', date: todayIso() });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = useSubmitAction();

  const save = () => {
    const check = validateForm([REASON_SPEC, DATE_SPEC], typed);
    const found = { ...check.errors };
    const reason = String(check.values.reason ?? '');
    if (!found.reason && (reason.length < REASON_MIN || reason.length > REASON_MAX)) found.reason = `回退原因应为 ${REASON_MIN}–${REASON_MAX} 个字`;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    submit.run(() => api.call('monitor.revert', { householdId: household.id, reason, date: String(check.values.date) }), onDone);
  };
  const set = (key: string) => (value: string) => setTyped((t) => ({ ...t, [key]: value }));

  return (
    <Dialog
      title="回退风险消除"
      onSubmit={save}
      onClose={onClose}
      actions={<DialogActions onCancel={onClose} busy={submit.busy} label="确认回退" danger />}
    >
      <p className="confirm-text">
        撤回户主 <strong>{household.headName ?? '（未登记）'}</strong>（户编号 {household.householdNo}）最近一次风险消除，该户恢复为风险未消除的监测对象。
      </p>
      <div className="form-grid">
        <FieldInput spec={REASON_SPEC} value={typed.reason ?? ''} onChange={set('reason')} error={errors.reason} autoFocus hint="如：入户核实收入下降、发现新的风险" />
        <FieldInput spec={DATE_SPEC} value={typed.date ?? ''} onChange={set('date')} error={errors.date} hint={DATE_HINT} />
      </div>
      <FormError text={submit.error} />
    </Dialog>
  );
}
