/**
 * 风险消除: mode and date. The server judges 帮扶消除 by the income in force that month and refuses
 * it while the 家庭人均纯收入 is below the 监测线; that refusal (with the figures) stays in the dialog
 * so the clerk can read it before going to 收支.
 */
import { useState } from 'react';
import type { ELIMINATION_MODES } from '../../../shared/domain/code-lists';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { FieldInput } from '../../components/FieldInput';
import { FormError } from '../../components/FormError';
import { validateForm } from '../../components/validate-form';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import { todayIso } from './monitor-format';
import { DATE_HINT, dateSpec, MODE_SPEC, type MonitorDialogProps } from './monitor-specs';
import { DialogActions } from '../../components/DialogActions';

const DATE_SPEC = dateSpec('风险消除日期');

export function EliminateDialog({ household, onDone, onClose }: MonitorDialogProps) {
  const [typed, setTyped] = useState<Record<string, string>>({ mode: '帮扶消除', date: todayIso() });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = useSubmitAction();

  const save = () => {
    const check = validateForm([MODE_SPEC, DATE_SPEC], typed);
    setErrors(check.errors);
    if (!check.ok) return;
    submit.run(
      () =>
        api.call('monitor.eliminate', {
          householdId: household.id,
          mode: check.values.mode as (typeof ELIMINATION_MODES)[number],
          date: String(check.values.date),
        }),
      onDone,
    );
  };
  const set = (key: string) => (value: string) => setTyped((t) => ({ ...t, [key]: value }));

  return (
    <Dialog
      title="风险消除"
      onSubmit={save}
      onClose={onClose}
      actions={<DialogActions onCancel={onClose} busy={submit.busy} label="标注风险消除" />}
    >
      <p className="confirm-text">
        户主 <strong>{household.headName ?? '（未登记）'}</strong>（户编号 {household.householdNo}，{household.monitorCategory}）
      </p>
      <div className="form-grid">
        <FieldInput spec={MODE_SPEC} value={typed.mode ?? ''} onChange={set('mode')} error={errors.mode} autoFocus />
        <FieldInput spec={DATE_SPEC} value={typed.date ?? ''} onChange={set('date')} error={errors.date} hint={DATE_HINT} />
      </div>
      <p className="confirm-note">“帮扶消除”要求该日期所在月份适用的家庭人均纯收入不低于当年监测线；保存时记录当时的收入情况。</p>
      <FormError text={submit.error} />
    </Dialog>
  );
}
