/**
 * 手工建档: open a 返乡回流 case for a labourer the monthly returns did not flag (a phone call, a
 * visit). The labourer is found by 证件号码 (any accepted spelling); the server refuses a second
 * open case for the same person with a Chinese message shown here.
 */
import { useState } from 'react';
import type { ReturneeCase } from '../../../shared/api/employment-contract';
import { RETURN_ORIGINS, RETURN_REASONS } from '../../../shared/domain/employment';
import { normalizeIdNumber } from '../../../shared/domain/id-number';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { FormError } from '../../components/FormError';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import { parseDayOrMonth, todayIso } from './case-dates';
import { SelectField, TextField } from './FormFields';

type Origin = (typeof RETURN_ORIGINS)[number];
type Reason = (typeof RETURN_REASONS)[number];
type YesNo = '是' | '否';

const EMPTY = { idNo: '', returnDate: '', originRegion: '', originPlace: '', originEmployer: '', reason: '', jobWish: '', trainingWish: '' };

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function OpenCaseDialog({ onDone, onClose }: { onDone(opened: ReturneeCase): void; onClose(): void }) {
  const [typed, setTyped] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof typeof EMPTY, string>>>({});
  const submit = useSubmitAction();
  const set = (key: keyof typeof EMPTY) => (value: string) => setTyped((t) => ({ ...t, [key]: value }));

  const save = () => {
    const found: typeof errors = {};
    const id = normalizeIdNumber(typed.idNo);
    if (typed.idNo.trim() === '') found.idNo = '请填写证件号码';
    else if (!id.ok) found.idNo = id.message;
    const date = parseDayOrMonth('返乡时间', typed.returnDate, todayIso());
    if (!date.ok) found.returnDate = date.message;
    if (typed.originRegion === '') found.originRegion = '请选择原务工区域';
    setErrors(found);
    if (Object.keys(found).length > 0 || !id.ok || !date.ok) return;
    submit.run(async () => {
      const { member } = await api.call('members.byIdNo', { idNo: id.idNo });
      return api.call('returnees.open', {
        memberId: member.id,
        values: {
          returnDate: date.value,
          originRegion: typed.originRegion as Origin,
          originPlace: orNull(typed.originPlace),
          originEmployer: orNull(typed.originEmployer),
          reason: typed.reason === '' ? null : (typed.reason as Reason),
          jobWish: typed.jobWish === '' ? null : (typed.jobWish as YesNo),
          trainingWish: typed.trainingWish === '' ? null : (typed.trainingWish as YesNo),
        },
      });
    }, onDone);
  };

  return (
    <Dialog title="手工建立返乡回流档案" size="wide" onSubmit={save} onClose={onClose} actions={<DialogActions onCancel={onClose} busy={submit.busy} label="建档" />}>
      <div className="form-grid form-grid-2">
        <TextField label="证件号码" required value={typed.idNo} onChange={set('idNo')} error={errors.idNo} autoFocus hint="按证件号码找到台账中的劳动力" />
        <TextField label="返乡时间" required value={typed.returnDate} onChange={set('returnDate')} error={errors.returnDate} placeholder="如 2023-08-05 或 2023-08" />
        <SelectField label="原务工区域" required value={typed.originRegion} options={RETURN_ORIGINS} onChange={set('originRegion')} error={errors.originRegion} />
        <SelectField label="返乡原因" value={typed.reason} options={RETURN_REASONS} onChange={set('reason')} />
        <TextField label="原务工地" value={typed.originPlace} onChange={set('originPlace')} placeholder="如 广东省深圳市" />
        <TextField label="原务工单位" value={typed.originEmployer} onChange={set('originEmployer')} />
        <SelectField label="就业意愿" value={typed.jobWish} options={['是', '否']} onChange={set('jobWish')} />
        <SelectField label="培训意愿" value={typed.trainingWish} options={['是', '否']} onChange={set('trainingWish')} />
      </div>
      <FormError text={submit.error} />
    </Dialog>
  );
}
