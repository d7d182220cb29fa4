/**
 * 设置 › 台账信息: the ledger profile (县, 镇, 填报单位, 填表人, 审核人, 联系电话) printed under the
 * exported sheets. Unlike the other settings it lives in the ledger (one undoable edit per save),
 * so every computer that opens the file prints the same names.
 */
import { useEffect, useState } from 'react';
import { PROFILE_FIELDS, type ProfileKey } from '../../../shared/domain/profile';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import { draftErrors, draftOf } from '../onboarding/profile-draft';
import { ProfileFields, type ProfileDraft, type ProfileErrors } from '../onboarding/ProfileFields';

const KEYS: readonly ProfileKey[] = PROFILE_FIELDS.map((f) => f.key);

export function ProfileSection({ onOpenWizard }: { onOpenWizard(): void }) {
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [saved, setSaved] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const save = useSubmitAction();

  useEffect(() => {
    api
      .call('profile.get', {})
      .then((state) => setDraft(draftOf(state.profile)))
      .catch(() => setLoadError('读取台账信息失败，请重新打开“设置”'));
  }, []);

  const submit = () => {
    if (draft === null) return;
    const found = draftErrors(draft, []);
    setErrors(found);
    setSaved(false);
    if (Object.keys(found).length > 0) return;
    save.run(
      () => api.call('profile.save', draft),
      (profile) => {
        setDraft(draftOf(profile));
        setSaved(true);
      },
    );
  };

  return (
    <section className="settings-section" aria-label="台账信息">
      <h2>台账信息</h2>
      <p className="settings-hint profile-hint">印在导出的公示名单和报表下方。保存在台账文件里，换电脑打开也一样；每次保存都可撤销。</p>
      {loadError !== null && <FormError text={loadError} />}
      {draft !== null && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <ProfileFields
            keys={KEYS}
            draft={draft}
            errors={errors}
            onChange={(key, value) => {
              setDraft({ ...draft, [key]: value });
              setSaved(false);
            }}
          />
          <p className="settings-hint">修改县、镇名称只改变表格上印的名称，台账里已有的村和户不受影响。</p>
          <FormError text={save.error} />
          <div className="profile-actions">
            <button type="submit" className="btn btn-primary" disabled={save.busy}>
              {save.busy ? '正在保存…' : '保存台账信息'}
            </button>
            {saved && (
              <span className="profile-saved" role="status">
                已保存
              </span>
            )}
            <button type="button" className="btn profile-wizard" onClick={onOpenWizard}>
              打开首次使用向导
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
