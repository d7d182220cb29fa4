/**
 * 记录再就业: the returned labourer found work again — date, employer and mode (就业渠道). Saving
 * sets the case to 已再就业, which closes it: it leaves the follow-up list.
 */
import { useState } from 'react';
import type { ReturneeCase } from '../../../shared/api/employment-contract';
import { EMPLOYMENT_CHANNELS } from '../../../shared/domain/employment';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { FormError } from '../../components/FormError';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import { parseDayOrMonth, todayIso } from './case-dates';
import { SelectField, TextField } from './FormFields';

type Channel = (typeof EMPLOYMENT_CHANNELS)[number];

export function ReemployDialog({ returnee, onDone, onClose }: { returnee: ReturneeCase; onDone(saved: ReturneeCase): void; onClose(): void }) {
  const [typed, setTyped] = useState({ date: todayIso(), employer: '', mode: '' });
  const [errors, setErrors] = useState<Partial<Record<'date' | 'employer' | 'mode', string>>>({});
  const submit = useSubmitAction();
  const set = (key: keyof typeof typed) => (value: string) => setTyped((t) => ({ ...t, [key]: value }));

  const save = () => {
    const found: typeof errors = {};
    const date = parseDayOrMonth('再就业时间', typed.date, todayIso());
    if (!date.ok) found.date = date.message;
    else if (date.value < returnee.returnDate.slice(0, date.value.length)) found.date = `再就业时间不能早于返乡时间（${returnee.returnDate}）`;
    if (typed.mode === '') found.mode = '请选择就业方式';
    if (typed.employer.trim().length > 100) found.employer = '再就业单位最多 100 字';
    setErrors(found);
    if (Object.keys(found).length > 0 || !date.ok) return;
    submit.run(
      () =>
        api.call('returnees.update', {
          id: returnee.id,
          patch: { reemployDate: date.value, reemployEmployer: typed.employer.trim() === '' ? null : typed.employer.trim(), reemployMode: typed.mode as Channel, status: '已再就业' },
        }),
      onDone,
    );
  };

  return (
    <Dialog title="记录再就业" onSubmit={save} onClose={onClose} actions={<DialogActions onCancel={onClose} busy={submit.busy} label="保存并结案" />}>
      <p className="confirm-text">
        <strong>{returnee.name}</strong>（{returnee.village ?? '未登记村'}，返乡时间 {returnee.returnDate}）
      </p>
      <div className="form-grid">
        <TextField label="再就业时间" required value={typed.date} onChange={set('date')} error={errors.date} autoFocus />
        <TextField label="再就业单位" value={typed.employer} onChange={set('employer')} error={errors.employer} />
        <SelectField label="就业方式" required value={typed.mode} options={EMPLOYMENT_CHANNELS} onChange={set('mode')} error={errors.mode} />
      </div>
      <p className="confirm-note">保存后档案状态改为“已再就业”，不再出现在待跟进名单中。</p>
      <FormError text={submit.error} />
    </Dialog>
  );
}
