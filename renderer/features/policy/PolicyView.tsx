/**
 * 政策标准: the policy table, one year at a time (domain.md §5). The values are data the clerk keeps
 * up to date — a new year is started from the latest one (新增年度) and saved; warnings and the
 * 收支 colours use whatever is saved here. Moving to another year is refused while the current
 * one has unsaved changes, so an edit is never dropped by a stray click.
 */
import { useState } from 'react';
import type { Policy } from '../../../shared/domain/policy';
import { api } from '../../api/client';
import { EmptyPane } from '../../components/EmptyPane';
import { MessageBar } from '../../components/MessageBar';
import { useMessage } from '../../hooks/useMessage';
import { useSubmitAction } from '../../hooks/useSubmitAction';
import { blankForm, formSignature, formToPolicy, latestPolicy, nextYearDraft, policyToForm, type PolicyForm } from './policy-form';
import { PolicyEditor } from './PolicyEditor';
import { PolicyYearList } from './PolicyYearList';
import { usePolicies } from './usePolicies';

interface Editing {
  isNew: boolean;
  form: PolicyForm;
  /** Signature of the saved (or copied) values, to tell whether anything changed. */
  saved: string;
}

function editingOf(policy: Policy, isNew: boolean): Editing {
  return editingForm(policyToForm(policy), isNew);
}

function editingForm(form: PolicyForm, isNew: boolean): Editing {
  return { isNew, form, saved: formSignature(form) };
}

export function PolicyView() {
  const [revision, setRevision] = useState(0);
  const policies = usePolicies(revision);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = useSubmitAction();
  // The server's refusal speaks about the values sent; once they are edited it no longer applies.
  const [sent, setSent] = useState<string | null>(null);
  const message = useMessage();
  const list = policies.data ?? [];

  // Open the latest year once the table has loaded.
  const latest = latestPolicy(list);
  if (editing === null && latest !== null) setEditing(editingOf(latest, false));

  const dirty = editing !== null && formSignature(editing.form) !== editing.saved;
  const selectedYear = editing === null ? null : Number(editing.form.year);
  const guardUnsaved = (): boolean => {
    if (!dirty && !editing?.isNew) return true;
    message.info(`${editing?.form.year ?? ''} 年有未保存的修改：请先保存或放弃修改`);
    return false;
  };

  const select = (year: number) => {
    const policy = list.find((p) => p.year === year);
    if (policy === undefined || year === selectedYear || !guardUnsaved()) return;
    setErrors({});
    setEditing(editingOf(policy, false));
  };
  const addYear = () => {
    if (!guardUnsaved()) return;
    setErrors({});
    setEditing(latest === null ? editingForm(blankForm(new Date().getFullYear()), true) : editingOf(nextYearDraft(latest), true));
  };
  const discard = () => {
    setErrors({});
    const original = list.find((p) => p.year === selectedYear);
    setEditing(editing?.isNew || original === undefined ? (latest === null ? null : editingOf(latest, false)) : editingOf(original, false));
  };
  const save = () => {
    if (editing === null) return;
    const result = formToPolicy(editing.form);
    const found = result.ok ? {} : { ...result.errors };
    if (result.ok && editing.isNew && list.some((p) => p.year === result.policy.year)) found.year = `已有 ${result.policy.year} 年的政策标准，请在左侧选择该年修改`;
    setErrors(found);
    if (!result.ok || Object.keys(found).length > 0) return;
    setSent(formSignature(editing.form));
    submit.run(
      () => api.call('policy.save', { policy: result.policy }),
      (saved) => {
        setEditing(editingOf(saved, false));
        setRevision((r) => r + 1);
        message.success(`已保存 ${saved.year} 年政策标准；该年各月的预警按新标准计算`);
      },
    );
  };

  return (
    <section className="view policy-view" aria-label="政策标准">
      <div className="view-toolbar">
        <h1 className="view-title">政策标准</h1>
        <span className="panel-hint">监测线、预警线等按年度设置；预警、收支和公示名单按统计期所在年度的标准计算。</span>
        <div className="toolbar-spacer" />
        <button type="button" className="btn btn-primary" disabled={policies.data === null} onClick={addYear}>
          新增年度
        </button>
      </div>
      <MessageBar message={message.current} onClose={message.clear} />
      {policies.error !== null ? (
        <p className="pane-error">{policies.error}</p>
      ) : (
        <div className="view-body policy-body">
          <nav className="policy-side" aria-label="政策年度列表">
            <PolicyYearList policies={list} selected={editing?.isNew ? null : selectedYear} draftYear={editing?.isNew ? editing.form.year : null} onSelect={select} />
          </nav>
          {editing === null ? (
            <EmptyPane title={policies.data === null ? '正在读取政策标准…' : '还没有政策标准'} lines={policies.data === null ? [] : ['点“新增年度”添加第一年的监测线和预警线。']} />
          ) : (
            <PolicyEditor
              form={editing.form}
              isNew={editing.isNew}
              dirty={dirty}
              busy={submit.busy}
              errors={errors}
              serverError={sent === formSignature(editing.form) ? submit.error : null}
              onChange={(form) => setEditing({ ...editing, form })}
              onSave={save}
              onDiscard={discard}
            />
          )}
        </div>
      )}
    </section>
  );
}
