/**
 * 新增措施: a 帮扶措施 for a household-year — year, measure (code list), optional note and start
 * month. The start month is chosen within the year (the server refuses one outside it).
 */
import { useId, useState } from 'react';
import type { MEASURE_TYPES } from '../../../shared/domain/code-lists';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { FieldInput } from '../../components/FieldInput';
import { FormError } from '../../components/FormError';
import { validateForm } from '../../components/validate-form';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import { DETAIL_SPEC, MEASURE_SPEC, type MonitorDialogProps } from './monitor-specs';
import { DialogActions } from '../../components/DialogActions';

const FIRST_YEAR = 2014;
const DETAIL_MAX = 200;
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

function yearChoices(now: Date): number[] {
  const years: number[] = [];
  for (let y = now.getFullYear() + 1; y >= FIRST_YEAR; y--) years.push(y);
  return years;
}

export function AddMeasureDialog({ household, onDone, onClose }: MonitorDialogProps) {
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [month, setMonth] = useState('');
  const [typed, setTyped] = useState<Record<string, string>>({ measure: '', detail: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = useSubmitAction();
  const ids = { year: useId(), month: useId() };

  const save = () => {
    const check = validateForm([MEASURE_SPEC, DETAIL_SPEC], typed);
    const found = { ...check.errors };
    const detail = check.values.detail === undefined ? undefined : String(check.values.detail);
    if (detail !== undefined && detail.length > DETAIL_MAX) found.detail = `说明最多 ${DETAIL_MAX} 字`;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    submit.run(
      () =>
        api.call('measures.add', {
          householdId: household.id,
          year: Number(year),
          measure: check.values.measure as (typeof MEASURE_TYPES)[number],
          ...(detail === undefined ? {} : { detail }),
          ...(month === '' ? {} : { startMonth: `${year}-${month}` }),
        }),
      onDone,
    );
  };

  return (
    <Dialog
      title="新增帮扶措施"
      onSubmit={save}
      onClose={onClose}
      actions={<DialogActions onCancel={onClose} busy={submit.busy} label="保存" />}
    >
      <p className="confirm-text">
        户主 <strong>{household.headName ?? '（未登记）'}</strong>（户编号 {household.householdNo}）
      </p>
      <div className="form-grid form-grid-2">
        <div className="form-field">
          <label htmlFor={ids.year}>
            年度<span className="required-mark">*</span>
          </label>
          <select id={ids.year} value={year} onChange={(event) => setYear(event.target.value)}>
            {yearChoices(new Date()).map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={ids.month}>开始月份</label>
          <select id={ids.month} value={month} onChange={(event) => setMonth(event.target.value)}>
            <option value="">（不填）</option>
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {year}年{Number(m)}月
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-grid form-gap">
        <FieldInput spec={MEASURE_SPEC} value={typed.measure ?? ''} onChange={(measure) => setTyped((t) => ({ ...t, measure }))} error={errors.measure} autoFocus />
        <FieldInput spec={DETAIL_SPEC} value={typed.detail ?? ''} onChange={(detail) => setTyped((t) => ({ ...t, detail }))} error={errors.detail} hint="可选，如：介绍到县内帮扶车间务工" />
      </div>
      <FormError text={submit.error} />
    </Dialog>
  );
}
