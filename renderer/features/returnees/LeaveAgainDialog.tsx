/**
 * 再次外出: the returned labourer went back to work outside the county. The case is set to 再次外出
 * (closed) with the month they left (the server checks it is not before the return) and a note of
 * when and where, so the follow-up list no longer asks for them.
 */
import { useState } from 'react';
import type { ReturneeCase } from '../../../shared/api/employment-contract';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { FormError } from '../../components/FormError';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import { parseDayOrMonth, todayIso } from './case-dates';
import { TextField } from './FormFields';

export function LeaveAgainDialog({ returnee, onDone, onClose }: { returnee: ReturneeCase; onDone(saved: ReturneeCase): void; onClose(): void }) {
  const [date, setDate] = useState(todayIso());
  const [place, setPlace] = useState('');
  const [errors, setErrors] = useState<{ date?: string; place?: string }>({});
  const submit = useSubmitAction();

  const save = () => {
    const parsed = parseDayOrMonth('外出时间', date, todayIso());
    const found: typeof errors = {};
    if (!parsed.ok) found.date = parsed.message;
    if (place.trim().length > 150) found.place = '外出地点最多 150 字';
    setErrors(found);
    if (!parsed.ok || Object.keys(found).length > 0) return;
    const note = `${parsed.value} 再次外出${place.trim() === '' ? '' : `（${place.trim()}）`}`;
    submit.run(() => api.call('returnees.update', { id: returnee.id, patch: { status: '再次外出', leftAgainMonth: parsed.value.slice(0, 7), note } }), onDone);
  };

  return (
    <Dialog title="记录再次外出" onSubmit={save} onClose={onClose} actions={<DialogActions onCancel={onClose} busy={submit.busy} label="保存并结案" />}>
      <p className="confirm-text">
        <strong>{returnee.name}</strong>（{returnee.village ?? '未登记村'}，返乡时间 {returnee.returnDate}）
      </p>
      <div className="form-grid">
        <TextField label="外出时间" required value={date} onChange={setDate} error={errors.date} autoFocus />
        <TextField label="外出地点" value={place} onChange={setPlace} error={errors.place} placeholder="如 广东省东莞市" />
      </div>
      <p className="confirm-note">保存后档案状态改为“再次外出”，不再出现在待跟进名单中。</p>
      <FormError text={submit.error} />
    </Dialog>
  );
}
