/**
 * 识别纳入: the household becomes a monitoring object with a category, 1–5 risk types and the
 * date of identification. The server refuses a household that is already an open monitoring
 * object; its message is shown here.
 */
import { useState } from 'react';
import type { MONITOR_CATEGORIES, RISK_TYPES } from '../../../shared/domain/code-lists';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { FieldInput } from '../../components/FieldInput';
import { FormError } from '../../components/FormError';
import { validateForm } from '../../components/validate-form';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import { todayIso } from './monitor-format';
import { CATEGORY_SPEC, DATE_HINT, dateSpec, type MonitorDialogProps } from './monitor-specs';
import { RiskChoices } from './RiskChoices';
import { DialogActions } from '../../components/DialogActions';

const DATE_SPEC = dateSpec('识别纳入日期');

export function IdentifyDialog({ household, onDone, onClose }: MonitorDialogProps) {
  const [typed, setTyped] = useState<Record<string, string>>({ category: household.monitorCategory ?? '', date: todayIso() });
  const [risks, setRisks] = useState<string[]>(household.risks);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = useSubmitAction();

  const save = () => {
    const check = validateForm([CATEGORY_SPEC, DATE_SPEC], typed);
    const found = { ...check.errors };
    if (risks.length === 0) found.risks = '请至少选择一项风险类型';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    submit.run(
      () =>
        api.call('monitor.identify', {
          householdId: household.id,
          category: check.values.category as (typeof MONITOR_CATEGORIES)[number],
          risks: risks as (typeof RISK_TYPES)[number][],
          date: String(check.values.date),
        }),
      onDone,
    );
  };
  const set = (key: string) => (value: string) => setTyped((t) => ({ ...t, [key]: value }));

  return (
    <Dialog
      title="识别纳入"
      size="wide"
      onSubmit={save}
      onClose={onClose}
      actions={<DialogActions onCancel={onClose} busy={submit.busy} label="确认纳入" />}
    >
      <p className="confirm-text">
        将户主 <strong>{household.headName ?? '（未登记）'}</strong>（户编号 {household.householdNo}）识别纳入防返贫监测对象：
      </p>
      <div className="form-grid form-grid-2">
        <FieldInput spec={CATEGORY_SPEC} value={typed.category ?? ''} onChange={set('category')} error={errors.category} autoFocus />
        <FieldInput spec={DATE_SPEC} value={typed.date ?? ''} onChange={set('date')} error={errors.date} hint={DATE_HINT} />
      </div>
      <RiskChoices value={risks} onChange={setRisks} error={errors.risks} />
      <FormError text={submit.error} />
    </Dialog>
  );
}
