/**
 * The form of one policy year, in the order a clerk reads the county document: income lines,
 * warning lines, labour and services, deadlines. Each field shows its own problem; the server's
 * refusal (overlapping warning lines …) shows above the buttons.
 */
import { useId } from 'react';
import { FormError } from '../../components/FormError';
import { FIELD_LABELS, type IntField, type MoneyField, type PolicyForm } from './policy-form';
import { PolicyField } from './PolicyField';
import { WarningLineTable } from './WarningLineTable';

export interface PolicyEditorProps {
  form: PolicyForm;
  isNew: boolean;
  dirty: boolean;
  busy: boolean;
  errors: Record<string, string>;
  serverError: string | null;
  onChange(form: PolicyForm): void;
  onSave(): void;
  onDiscard(): void;
}

const UNITS: Record<IntField | MoneyField, string> = {
  year: '年',
  monitoringLine: '元/人/年',
  heavySelfPaid: '元/年',
  labourAgeMin: '岁',
  labourAgeMax: '岁',
  monthlyDeadlineDay: '日',
  quarterlyNeedsDay: '日',
  identificationDays: '天',
  measureWithinMonths: '个月',
  guidance: '次',
  training: '次',
  recommendations: '次',
  publicNoticeDays: '天',
};

const HINTS: Partial<Record<IntField | MoneyField, string>> = {
  monitoringLine: '家庭人均纯收入低于此线的脱贫人口纳入监测范围',
  heavySelfPaid: '医疗、教育合规自付达到此数视为负担较重',
  monthlyDeadlineDay: '村每月报送数据的截止日',
  quarterlyNeedsDay: '每季度首月的这一天前报送就业需求',
  identificationDays: '发现线索后应在此期限内识别纳入',
  measureWithinMonths: '识别纳入后应在此期限内落实帮扶措施',
};

export function PolicyEditor({ form, isNew, dirty, busy, errors, serverError, onChange, onSave, onDiscard }: PolicyEditorProps) {
  const divisorId = useId();
  const field = (key: IntField | MoneyField, wide = false) => (
    <PolicyField
      label={FIELD_LABELS[key]}
      unit={UNITS[key]}
      value={form[key]}
      wide={wide}
      error={errors[key]}
      hint={HINTS[key]}
      onChange={(value) => onChange({ ...form, [key]: value })}
    />
  );

  return (
    <form
      className="policy-editor"
      aria-label={`${form.year} 年政策标准`}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <div className="policy-scroll">
        <fieldset className="policy-section">
          <legend>收入监测</legend>
          <div className="policy-grid">
            {isNew && field('year')}
            {field('monitoringLine', true)}
            <div className="form-field policy-field">
              <label htmlFor={divisorId}>人均收入除数</label>
              <select id={divisorId} value={form.perCapitaDivisor} onChange={(event) => onChange({ ...form, perCapitaDivisor: event.target.value as PolicyForm['perCapitaDivisor'] })}>
                <option value="家庭人口数">家庭人口数</option>
                <option value="常住人口数">常住人口数</option>
              </select>
              <div className="field-hint">家庭人均纯收入 = 家庭纯收入 ÷ 此人数</div>
            </div>
            {field('heavySelfPaid', true)}
          </div>
        </fieldset>
        <fieldset className="policy-section">
          <legend>收入预警线</legend>
          <WarningLineTable year={form.year} lines={form.warningLines} errors={errors} onChange={(warningLines) => onChange({ ...form, warningLines })} />
        </fieldset>
        <fieldset className="policy-section">
          <legend>劳动力与就业服务</legend>
          <div className="policy-grid">
            {field('labourAgeMin')}
            {field('labourAgeMax')}
          </div>
          <p className="policy-note">服务达标：每名有就业或培训需求的脱贫劳动力，每季度至少</p>
          <div className="policy-grid">
            {field('guidance')}
            {field('training')}
            {field('recommendations')}
          </div>
        </fieldset>
        <fieldset className="policy-section">
          <legend>时限</legend>
          <div className="policy-grid">
            {field('monthlyDeadlineDay')}
            {field('quarterlyNeedsDay')}
            {field('identificationDays')}
            {field('measureWithinMonths')}
            {field('publicNoticeDays')}
          </div>
        </fieldset>
      </div>
      <footer className="policy-footer">
        <FormError text={serverError} />
        <span className="policy-dirty" aria-live="polite">
          {isNew ? '新年度，尚未保存' : dirty ? '有未保存的修改' : '已保存'}
        </span>
        <div className="toolbar-spacer" />
        <button type="button" className="btn" disabled={busy || (!dirty && !isNew)} onClick={onDiscard}>
          {isNew ? '放弃新增' : '放弃修改'}
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy || (!dirty && !isNew)}>
          {busy ? '正在保存…' : `保存 ${form.year} 年政策标准`}
        </button>
      </footer>
    </form>
  );
}
