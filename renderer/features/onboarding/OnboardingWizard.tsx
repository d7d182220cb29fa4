/**
 * 首次使用 wizard: opens on an empty ledger that has no profile yet (App decides), in three steps —
 * 1 the 县 and 镇 the ledger is kept for, 2 the 填报单位 / 填表人 / 审核人 / 联系电话 printed under
 * every sheet (saved as one undoable edit, which also creates the 县 and 镇), 3 how to start:
 * import the first platform export (→ 数据导入), or write the demo town into this ledger to look
 * around (a clear warning: it is fictitious, and 撤销 takes it back in one step).
 * 跳过 (or × / Esc) closes it and is remembered for this ledger; 设置 reopens it.
 */
import { useState } from 'react';
import type { LedgerProfile, ProfileKey } from '../../../shared/domain/profile';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import { draftErrors, draftOf } from './profile-draft';
import { ProfileFields, type ProfileDraft, type ProfileErrors } from './ProfileFields';
import { StartChoices } from './StartChoices';

export type OnboardingExit = 'imports' | 'households' | 'demo' | 'skip';

const PLACE_KEYS: readonly ProfileKey[] = ['county', 'town'];
const SIGNER_KEYS: readonly ProfileKey[] = ['reportingUnit', 'filledBy', 'reviewedBy', 'phone'];
const SIGNER_REQUIRED: readonly ProfileKey[] = ['reportingUnit', 'filledBy', 'phone'];
const STEP_TITLES = ['台账所属的县和镇', '填表信息', '开始使用'];

export function OnboardingWizard({ profile, onSaved, onExit }: { profile: LedgerProfile; onSaved(): void; onExit(exit: OnboardingExit): void }) {
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<ProfileDraft>(() => ({ ...draftOf(profile), county: profile.county ?? '翁源县' }));
  const [errors, setErrors] = useState<ProfileErrors>({});
  const save = useSubmitAction();

  const change = (key: ProfileKey, value: string) => {
    setDraft((d) => {
      const next = { ...d, [key]: value };
      // The usual 填报单位 is the town government: suggest it until the clerk types their own.
      if (key === 'town' && (d.reportingUnit === '' || d.reportingUnit === `${d.town}人民政府`)) next.reportingUnit = value ? `${value}人民政府` : '';
      return next;
    });
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const next = () => {
    const keys = step === 0 ? PLACE_KEYS : SIGNER_KEYS;
    const required = step === 0 ? PLACE_KEYS : SIGNER_REQUIRED;
    const found = draftErrors(draft, required);
    const stepErrors = Object.fromEntries(keys.flatMap((k) => (found[k] ? [[k, found[k]]] : []))) as ProfileErrors;
    setErrors(stepErrors);
    if (Object.keys(stepErrors).length > 0) return;
    if (step === 0) setStep(1);
    else if (step === 1) save.run(
        () => api.call('profile.save', draft),
        () => {
          onSaved();
          setStep(2);
        },
      );
  };

  const actions =
    step === 2 ? (
      <button type="button" className="btn" onClick={() => onExit('households')}>
        以后再说，先看看台账
      </button>
    ) : (
      <>
        <button type="button" className="btn onboarding-skip" onClick={() => onExit('skip')}>
          跳过向导
        </button>
        {step === 1 && (
          <button type="button" className="btn" onClick={() => setStep(0)}>
            上一步
          </button>
        )}
        <button type="submit" className="btn btn-primary" disabled={save.busy}>
          {step === 0 ? '下一步' : save.busy ? '正在保存…' : '保存并继续'}
        </button>
      </>
    );

  return (
    <Dialog title={`首次使用 · 第 ${step + 1} 步（共 3 步）：${STEP_TITLES[step] ?? ''}`} size="wide" actions={actions} onSubmit={next} onClose={() => onExit('skip')}>
      <ol className="onboarding-steps" aria-label="步骤">
        {STEP_TITLES.map((title, i) => (
          <li key={title} className={i === step ? 'current' : i < step ? 'done' : ''} aria-current={i === step ? 'step' : undefined}>
            {title}
          </li>
        ))}
      </ol>
      {step === 0 && (
        <>
          <p className="onboarding-lead">这是一份新的空台账。先告诉守底台账它属于哪个县、哪个镇（乡）；村和户在导入村里报送的表时自动建立。</p>
          <ProfileFields keys={PLACE_KEYS} draft={draft} errors={errors} required={PLACE_KEYS} onChange={change} />
        </>
      )}
      {step === 1 && (
        <>
          <p className="onboarding-lead">这些信息印在导出的公示名单和报表下方（填报单位、填表人、审核人、联系电话），以后可在“设置”中修改。</p>
          <ProfileFields keys={SIGNER_KEYS} draft={draft} errors={errors} required={SIGNER_REQUIRED} onChange={change} />
          <FormError text={save.error} />
        </>
      )}
      {step === 2 && <StartChoices town={draft.town} onImport={() => onExit('imports')} onDemoDone={() => onExit('demo')} />}
    </Dialog>
  );
}
