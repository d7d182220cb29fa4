/**
 * 记录服务: one dated HR service for a labourer — 就业指导, 就业培训 (with its 培训项目), 岗位推荐
 * (naming the 推荐单位 and 推荐岗位, both required: a recommendation without them cannot be checked)
 * or 其他, with an optional 结果. The quarter it counts toward follows from the date.
 */
import { useState } from 'react';
import type { ServiceEvent } from '../../../shared/api/employment-contract';
import { SERVICE_KINDS, type ServiceKind } from '../../../shared/domain/employment';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { FormError } from '../../components/FormError';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import { parseDay, todayIso } from '../returnees/case-dates';
import { TextField } from '../returnees/FormFields';

export interface ServiceSubject {
  memberId: number;
  name: string;
  village: string | null;
}

type Key = 'date' | 'employer' | 'post' | 'project' | 'result';

const LIMITS: Record<Exclude<Key, 'date'>, number> = { employer: 100, post: 100, project: 100, result: 200 };
const LABELS: Record<Exclude<Key, 'date'>, string> = { employer: '推荐单位', post: '推荐岗位', project: '培训项目', result: '结果' };

export function RecordServiceDialog({ subject, defaultDate, onDone, onClose }: { subject: ServiceSubject; defaultDate?: string; onDone(saved: ServiceEvent): void; onClose(): void }) {
  const [kind, setKind] = useState<ServiceKind>('就业指导');
  const [typed, setTyped] = useState<Record<Key, string>>({ date: defaultDate ?? todayIso(), employer: '', post: '', project: '', result: '' });
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const submit = useSubmitAction();
  const set = (key: Key) => (value: string) => setTyped((t) => ({ ...t, [key]: value }));

  const save = () => {
    const found: typeof errors = {};
    const date = parseDay('服务日期', typed.date, todayIso());
    if (!date.ok) found.date = date.message;
    if (kind === '岗位推荐') {
      if (typed.employer.trim() === '') found.employer = '岗位推荐须写明推荐单位';
      if (typed.post.trim() === '') found.post = '岗位推荐须写明推荐岗位';
    }
    for (const key of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
      if (typed[key].trim().length > LIMITS[key]) found[key] = `${LABELS[key]}最多 ${LIMITS[key]} 字`;
    }
    setErrors(found);
    if (!date.ok || Object.keys(found).length > 0) return;
    const text = (key: keyof typeof LIMITS) => (typed[key].trim() === '' ? {} : { [key]: typed[key].trim() });
    submit.run(
      () =>
        api.call('services.add', {
          memberId: subject.memberId,
          date: date.value,
          kind,
          ...(kind === '岗位推荐' ? { ...text('employer'), ...text('post') } : {}),
          ...(kind === '就业培训' ? text('project') : {}),
          ...text('result'),
        }),
      onDone,
    );
  };

  return (
    <Dialog title="记录就业服务" onSubmit={save} onClose={onClose} actions={<DialogActions onCancel={onClose} busy={submit.busy} label="保存" />}>
      <p className="confirm-text">
        <strong>{subject.name}</strong>（{subject.village ?? '未登记村'}）
      </p>
      <div className="choice-group" role="radiogroup" aria-label="服务类型">
        {SERVICE_KINDS.map((k) => (
          <label key={k} className="choice">
            <input type="radio" name="service-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {k}
          </label>
        ))}
      </div>
      <div className="form-grid form-gap">
        <TextField label="服务日期" required value={typed.date} onChange={set('date')} error={errors.date} />
        {kind === '岗位推荐' && (
          <>
            <TextField label="推荐单位" required value={typed.employer} onChange={set('employer')} error={errors.employer} />
            <TextField label="推荐岗位" required value={typed.post} onChange={set('post')} error={errors.post} />
          </>
        )}
        {kind === '就业培训' && <TextField label="培训项目" value={typed.project} onChange={set('project')} error={errors.project} placeholder="如 电工、家政服务" />}
        <TextField label="结果" value={typed.result} onChange={set('result')} error={errors.result} placeholder="可选，如 已面试、已上岗" />
      </div>
      <FormError text={submit.error} />
    </Dialog>
  );
}
