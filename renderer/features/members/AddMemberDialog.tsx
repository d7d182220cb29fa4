/**
 * 新增成员 in a household: 姓名, 证件号码, 与户主关系 and the common person fields. Each value is
 * checked with the shared parser under its input; the sex and birth date read from a valid ID are
 * shown so a mistyped ID is noticed. The server's refusal (an ID that belongs to someone in another
 * household …) is shown in the dialog.
 */
import { useState } from 'react';
import type { HouseholdRow, MemberRow } from '../../../shared/api/contract';
import { birthDateOf, normalizeIdNumber, sexOf } from '../../../shared/domain/id-number';
import { fieldSpec, type FieldSpec } from '../../../shared/domain/records';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { FieldInput } from '../../components/FieldInput';
import { FormError } from '../../components/FormError';
import { validateForm } from '../../components/validate-form';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import { DialogActions } from '../../components/DialogActions';

const FORM_KEYS = ['name', 'idNo', 'relation', 'ethnicity', 'political', 'education', 'schooling', 'labourSkill', 'phone'];
const FORM_FIELDS: FieldSpec[] = FORM_KEYS.map((key) => fieldSpec('member', key) as FieldSpec);

function idHint(text: string): string | undefined {
  if (text.trim() === '') return '18 位身份证号；15 位旧号码会自动升级';
  const id = normalizeIdNumber(text);
  return id.ok ? `${sexOf(id.idNo)} · 出生日期 ${birthDateOf(id.idNo)}` : undefined;
}

export function AddMemberDialog({ household, onCreated, onClose }: { household: HouseholdRow; onCreated(row: MemberRow): void; onClose(): void }) {
  const [typed, setTyped] = useState<Record<string, string>>({ ethnicity: '汉族', relation: household.headName ? '' : '户主' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  const submit = useSubmitAction();

  const change = (key: string) => (value: string) => {
    const next = { ...typed, [key]: value };
    setTyped(next);
    // After a first attempt, problems clear as soon as they are fixed.
    if (tried) setErrors(validateForm(FORM_FIELDS, next).errors);
  };

  const save = () => {
    const check = validateForm(FORM_FIELDS, typed);
    setTried(true);
    setErrors(check.errors);
    if (!check.ok) return;
    submit.run(() => api.call('members.create', { householdId: household.id, values: check.values }), onCreated);
  };

  return (
    <Dialog
      title={`新增成员 · 户编号 ${household.householdNo}`}
      size="wide"
      onSubmit={save}
      onClose={onClose}
      actions={<DialogActions onCancel={onClose} busy={submit.busy} label="保存" />}
    >
      <div className="form-grid form-grid-2">
        {FORM_FIELDS.map((spec, index) => (
          <FieldInput
            key={spec.key}
            spec={spec}
            value={typed[spec.key] ?? ''}
            onChange={change(spec.key)}
            error={errors[spec.key]}
            hint={spec.key === 'idNo' ? idHint(typed.idNo ?? '') : undefined}
            autoFocus={index === 0}
          />
        ))}
      </div>
      <FormError text={submit.error} />
    </Dialog>
  );
}
