/**
 * 新增户: village (from the ledger's villages), group (free text, created when new), 户编号 and
 * 户类型. Values are checked with the shared parser before the call; the server's refusal (a
 * duplicate 户编号 …) is shown in the dialog.
 */
import { useId, useState } from 'react';
import type { HouseholdRow } from '../../../shared/api/contract';
import { fieldSpec, type FieldSpec } from '../../../shared/domain/records';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { FieldInput } from '../../components/FieldInput';
import { FormError } from '../../components/FormError';
import { validateForm } from '../../components/validate-form';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import { useVillages, type Village } from './useVillages';
import { DialogActions } from '../../components/DialogActions';

const NO_SPEC = fieldSpec('household', 'householdNo') as FieldSpec;
const TYPE_SPEC = fieldSpec('household', 'householdType') as FieldSpec;

function villageLabel(village: Village, manyTowns: boolean): string {
  return manyTowns ? `${village.town} ${village.name}` : village.name;
}

export function AddHouseholdDialog({ onCreated, onClose }: { onCreated(row: HouseholdRow): void; onClose(): void }) {
  const villages = useVillages();
  const [villageId, setVillageId] = useState('');
  const [group, setGroup] = useState('');
  const [typed, setTyped] = useState<Record<string, string>>({ householdNo: '', householdType: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = useSubmitAction();
  const ids = { village: useId(), group: useId(), groups: useId() };

  const list = villages.data ?? [];
  const manyTowns = new Set(list.map((v) => v.town)).size > 1;
  const chosen = list.find((v) => String(v.id) === villageId);

  const save = () => {
    const check = validateForm([NO_SPEC, TYPE_SPEC], typed);
    const found = { ...check.errors };
    if (!chosen) found.village = '请选择所在的村';
    setErrors(found);
    if (!chosen || Object.keys(found).length > 0) return;
    submit.run(
      () =>
        api.call('households.create', {
          villageId: chosen.id,
          householdNo: String(check.values.householdNo),
          ...(group.trim() === '' ? {} : { group: group.trim() }),
          values: { householdType: check.values.householdType ?? null },
        }),
      onCreated,
    );
  };

  const set = (key: string) => (value: string) => setTyped((t) => ({ ...t, [key]: value }));

  return (
    <Dialog
      title="新增户"
      onSubmit={save}
      onClose={onClose}
      actions={<DialogActions onCancel={onClose} busy={submit.busy} label="保存" />}
    >
      <div className="form-grid">
        <div className={`form-field${errors.village ? ' has-error' : ''}`}>
          <label htmlFor={ids.village}>
            村<span className="required-mark">*</span>
          </label>
          <select id={ids.village} value={villageId} autoFocus onChange={(event) => setVillageId(event.target.value)}>
            <option value="">{villages.loading ? '正在读取…' : '请选择'}</option>
            {list.map((village) => (
              <option key={village.id} value={village.id}>
                {villageLabel(village, manyTowns)}
              </option>
            ))}
          </select>
          {errors.village && <div className="field-error">{errors.village}</div>}
        </div>
        <div className="form-field">
          <label htmlFor={ids.group}>组</label>
          <input id={ids.group} type="text" list={ids.groups} value={group} autoComplete="off" onChange={(event) => setGroup(event.target.value)} />
          <datalist id={ids.groups}>
            {chosen?.groups.map((g) => <option key={g.id} value={g.name} />)}
          </datalist>
          <div className="field-hint">可选已有的组，或输入新组名</div>
        </div>
        <FieldInput spec={NO_SPEC} value={typed.householdNo ?? ''} onChange={set('householdNo')} error={errors.householdNo} />
        <FieldInput spec={TYPE_SPEC} value={typed.householdType ?? ''} onChange={set('householdType')} error={errors.householdType} />
      </div>
      <FormError text={villages.error ?? submit.error} />
    </Dialog>
  );
}
